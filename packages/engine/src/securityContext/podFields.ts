/** The pod-only `securityContext` fields, reported once per pod with what each value means. */
import type { PodValue } from '../model'
import type { FieldPath } from '../types'
import { asArray, asString, isSet, own } from '../util/values'
import { podOnlyFields } from '../podSpec/securityContextSchema'

const unsetNotes: Readonly<Record<string, string>> = {
  fsGroup: 'Not set: volumes keep their own ownership and no extra group is added to the containers.',
  fsGroupChangePolicy: 'Not set: Always, ownership and permissions are changed recursively on every mount (only when fsGroup is set).',
  seLinuxChangePolicy:
    'Not set: volumes are relabelled recursively, except where the SELinuxMount feature mounts them with the right context (ReadWriteOncePod volumes, or all volumes when the feature gate is on).',
  supplementalGroups: "Not set: container processes get fsGroup, when set, and the groups the image's /etc/group lists for the user.",
  supplementalGroupsPolicy: "Not set: Merge, the groups listed for the user in the image's /etc/group are added too.",
  sysctls: "Not set: the node's defaults for namespaced sysctls.",
}

function describeSet(field: string, value: unknown): string | undefined {
  switch (field) {
    case 'fsGroup':
      return `Volumes that support ownership management are group-owned by GID ${String(value)} (setgid), and every container process gets this group.`
    case 'fsGroupChangePolicy':
      return value === 'OnRootMismatch' ? "Ownership is changed only when the volume root's owner and permissions do not match." : undefined
    case 'seLinuxChangePolicy':
      if (value === 'MountOption') return 'Eligible volumes are mounted with -o context, without relabelling every file.'
      return value === 'Recursive' ? 'Every file on every volume is relabelled; slower, but lets privileged and unprivileged pods share a volume.' : undefined
    case 'supplementalGroups':
      return 'Added to every container process, with fsGroup and the groups from the image.'
    case 'supplementalGroupsPolicy':
      return value === 'Strict' ? "The processes get only fsGroup, supplementalGroups and runAsGroup as groups; the image's /etc/group is ignored." : undefined
    case 'sysctls': {
      const names = asArray(value)
        .map((entry) => asString(own(entry, 'name')))
        .filter((name) => name !== undefined)
      if (names.length === 0) return undefined
      return `Set in the pod's namespaces: ${names.join(', ')}; unsafe sysctls also need the kubelet's --allowed-unsafe-sysctls.`
    }
    default:
      return undefined
  }
}

/** Every pod-only field with its value (null when unset), a note, and where it is written. */
export function resolvePodFields(context: Record<string, unknown>, path: FieldPath, windowsBound: boolean): Record<string, PodValue> {
  const out: Record<string, PodValue> = {}
  for (const field of podOnlyFields) {
    const value = own(context, field)
    if (!isSet(value)) {
      out[field] = { value: null, note: windowsBound ? 'Linux-only: not used on Windows nodes.' : unsetNotes[field] }
      continue
    }
    const note = windowsBound ? 'Linux-only: ignored on Windows nodes.' : describeSet(field, value)
    out[field] = { value, path: [...path, field], ...(note === undefined ? {} : { note }) }
  }
  return out
}
