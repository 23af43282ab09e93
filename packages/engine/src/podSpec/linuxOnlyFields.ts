/** The fields the API server forbids on `spec.os.name: windows` pods (`validateWindows`), in its order. */
import type { FieldPath } from '../types'
import { podContainers } from '../util/podContainers'
import { asArray, isSet, own } from '../util/values'

type SetTest = (value: unknown) => boolean

// "Set" means non-null, so false and empty values count; hostPID and hostIPC are plain booleans, sysctls a checked length.
const nonNull: SetTest = isSet
const isTrue: SetTest = (value) => value === true
const nonEmpty: SetTest = (value) => asArray(value).length > 0

const podFields: readonly [FieldPath, SetTest][] = [
  [['securityContext', 'appArmorProfile'], nonNull],
  [['securityContext', 'seLinuxOptions'], nonNull],
  [['hostUsers'], nonNull],
  [['hostPID'], isTrue],
  [['hostIPC'], isTrue],
  [['securityContext', 'seccompProfile'], nonNull],
  [['securityContext', 'fsGroup'], nonNull],
  [['securityContext', 'fsGroupChangePolicy'], nonNull],
  [['securityContext', 'sysctls'], nonEmpty],
  [['shareProcessNamespace'], nonNull],
  [['securityContext', 'runAsUser'], nonNull],
  [['securityContext', 'runAsGroup'], nonNull],
  [['securityContext', 'supplementalGroups'], nonNull],
  [['securityContext', 'supplementalGroupsPolicy'], nonNull],
  [['securityContext', 'seLinuxChangePolicy'], nonNull],
]

/** Container `securityContext` fields that are Linux-only, in `validateWindows` order. */
export const containerLinuxOnlyFields: readonly string[] = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
]

const valueAt = (root: unknown, path: FieldPath) => path.reduce<unknown>((value, key) => own(value, String(key)), root)

/** Paths of every Linux-only field the pod sets, pod level first, then each container in visiting order. */
export function setLinuxOnlyFields(spec: Record<string, unknown>): FieldPath[] {
  const out: FieldPath[] = []
  for (const [path, isSetHere] of podFields) if (isSetHere(valueAt(spec, path))) out.push(['spec', ...path])
  for (const { path, container } of podContainers(spec)) {
    const context = own(container, 'securityContext')
    for (const field of containerLinuxOnlyFields) if (isSet(own(context, field))) out.push([...path, 'securityContext', field])
  }
  return out
}
