/**
 * The kubelet's merge of pod-level and container-level security context (`DetermineEffectiveSecurityContext`
 * in kubernetes/kubernetes pkg/securitycontext/util.go). That function leaves out seccompProfile and
 * appArmorProfile, but the kubelet's own lookups for them use the same container-then-pod precedence.
 */
import type { EffectiveValue } from '../model'
import type { FieldPath } from '../types'
import { isSet, own } from '../util/values'
import { sharedFields, windowsFields } from '../podSpec/securityContextSchema'

/** One level's `securityContext` and where it is written. */
export interface ContextLevel {
  /** The mapping (empty when unset or not a mapping). */
  context: Record<string, unknown>
  /** Path of the `securityContext` field itself. */
  path: FieldPath
}

const unset = (): EffectiveValue => ({ value: null, source: 'default' })

/** A field the container sets wins; a shared field falls back to the pod; otherwise it is unset. Object values are taken whole. */
export function resolveField(field: string, container: ContextLevel, pod: ContextLevel): EffectiveValue {
  const mine = own(container.context, field)
  const podValue = sharedFields.has(field) ? own(pod.context, field) : undefined
  if (isSet(mine)) {
    const value: EffectiveValue = { value: mine, source: 'container', path: [...container.path, field] }
    if (isSet(podValue)) value.overrides = podValue
    return value
  }
  if (isSet(podValue)) return { value: podValue, source: 'pod', path: [...pod.path, field] }
  return unset()
}

const gmsaFields = ['gmsaCredentialSpecName', 'gmsaCredentialSpec']

// The reported names, built once: a key built anew for every container is a slow keyed store in V8.
const windowsKeys: ReadonlyMap<string, string> = new Map(windowsFields.map((field) => [field, `windowsOptions.${field}`]))

/** `windowsOptions` merges field by field; the two gMSA fields move together, so a container that sets one clears the other. */
export function resolveWindowsOptions(container: ContextLevel, pod: ContextLevel): Record<string, EffectiveValue> {
  const containerOptions = own(container.context, 'windowsOptions')
  const podOptions = own(pod.context, 'windowsOptions')
  const containerPath = [...container.path, 'windowsOptions']
  const podPath = [...pod.path, 'windowsOptions']
  const containerSetsGmsa = gmsaFields.some((field) => isSet(own(containerOptions, field)))
  const out: Record<string, EffectiveValue> = {}
  for (const field of windowsFields) {
    const key = windowsKeys.get(field) as string
    const mine = own(containerOptions, field)
    const theirs = own(podOptions, field)
    // A container that sets either gMSA field clears a pod value of the other one.
    const clearedByContainer = containerSetsGmsa && gmsaFields.includes(field) && isSet(theirs)
    if (isSet(mine) || clearedByContainer) {
      // The pair partner that the container did set is where the jump should land.
      const writtenAt = isSet(mine) ? field : (gmsaFields.find((f) => isSet(own(containerOptions, f))) ?? field)
      const value: EffectiveValue = { value: isSet(mine) ? mine : null, source: 'container', path: [...containerPath, writtenAt] }
      if (isSet(theirs)) value.overrides = theirs
      out[key] = value
    } else if (isSet(theirs)) {
      out[key] = { value: theirs, source: 'pod', path: [...podPath, field] }
    } else {
      out[key] = unset()
    }
  }
  return out
}

const appArmorAnnotationPrefix = 'container.apparmor.security.beta.kubernetes.io/'

/** The profile a deprecated AppArmor annotation names, read the way the kubelet's `getProfileFromPodAnnotations` reads it. */
function annotationProfile(value: unknown): Record<string, unknown> | undefined {
  if (value === 'runtime/default') return { type: 'RuntimeDefault' }
  if (value === 'unconfined') return { type: 'Unconfined' }
  if (typeof value === 'string' && value.startsWith('localhost/')) return { type: 'Localhost', localhostProfile: value.slice('localhost/'.length) }
  return undefined
}

/**
 * AppArmor: the kubelet takes the container's field, then the container's deprecated annotation, then the pod's field
 * (`GetProfile` in pkg/security/apparmor), because static pods may not have had annotations copied into fields.
 */
export function resolveAppArmor(container: ContextLevel, pod: ContextLevel, annotations: Record<string, unknown>, name: string): EffectiveValue {
  const fromFields = resolveField('appArmorProfile', container, pod)
  if (fromFields.source === 'container') return fromFields
  const key = appArmorAnnotationPrefix + name
  const profile = annotationProfile(own(annotations, key))
  if (profile === undefined) return fromFields
  const value: EffectiveValue = {
    value: profile,
    source: 'container',
    path: ['metadata', 'annotations', key],
    note: `From the deprecated annotation ${key}, which the kubelet reads before spec.securityContext.appArmorProfile; use the appArmorProfile field instead.`,
  }
  if (fromFields.source === 'pod') value.overrides = fromFields.value
  return value
}
