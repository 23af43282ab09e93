import type { FieldPath } from '../../types'
import { asString, own } from '../../util/values'
import { compareBytes, joinQuote, plural, settersPhrase, sortedUnique } from '../format'
import { goQuote } from '../goQuote'
import { containerContextPath, podContextPath, present, text, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

/** The pre-1.19 pod-wide seccomp annotation. */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod'
/** The pre-1.19 per-container seccomp annotation prefix; the container name follows it. */
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/'

/** Seccomp profile types that the restricted and baseline field rules accept. */
export const allowedSeccompType = (type: string) => type === 'RuntimeDefault' || type === 'Localhost'

// Unlike AppArmor, an empty annotation value is forbidden.
const allowedAnnotation = (value: string) => value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/')

function byAnnotations(pod: PodView): CheckOutcome | null {
  // Only the pod key and keys naming an existing container count; upstream collects them in a set.
  const keys = [SECCOMP_POD_ANNOTATION, ...pod.containers.map((c) => SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name)]
  const bad = new Map<string, string>()
  for (const key of keys) {
    const value = asString(own(pod.annotations, key))
    if (value !== undefined && !allowedAnnotation(value)) bad.set(`${key}=${goQuote(value)}`, key)
  }
  if (bad.size === 0) return null
  const entries = [...bad.keys()].sort(compareBytes)
  return {
    reason: 'seccompProfile',
    detail: `forbidden ${plural('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
    // Paths keep visiting order (pod key first, then containers); the detail is sorted.
    paths: [...bad.values()].map((key) => ['metadata', 'annotations', key]),
  }
}

function byFields(pod: PodView): CheckOutcome | null {
  const types: string[] = []
  const paths: FieldPath[] = []
  const podProfile = present(own(pod.securityContext, 'seccompProfile'))
  const podBad = podProfile !== undefined && !allowedSeccompType(text(podProfile, 'type'))
  if (podBad) {
    types.push(text(podProfile, 'type'))
    paths.push(podContextPath('seccompProfile', 'type'))
  }
  const containers: string[] = []
  for (const container of pod.containers) {
    const profile = present(own(container.securityContext, 'seccompProfile'))
    if (profile === undefined || allowedSeccompType(text(profile, 'type'))) continue
    containers.push(container.name)
    types.push(text(profile, 'type'))
    paths.push(containerContextPath(container, 'seccompProfile', 'type'))
  }
  if (!podBad && containers.length === 0) return null
  return {
    reason: 'seccompProfile',
    detail: `${settersPhrase(podBad, containers)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(types))}`,
    paths,
  }
}

/** seccompProfile_baseline (baseline): no unconfined seccomp; annotations until v1.18, fields from v1.19. */
export const seccompProfileBaseline: Check = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  variants: [
    { minVersion: 0, evaluate: byAnnotations },
    { minVersion: 19, evaluate: byFields, change: 'seccompProfile fields are checked instead of the seccomp annotations' },
  ],
}
