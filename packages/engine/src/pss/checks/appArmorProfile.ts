import type { FieldPath } from '../../types'
import { asString, own } from '../../util/values'
import { compareBytes, joinQuote, plural, settersPhrase, sortedUnique } from '../format'
import { goQuote } from '../goQuote'
import { containerContextPath, podContextPath, present, text, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

/** Prefix of the deprecated per-container AppArmor annotations; every key with it is checked. */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'

const allowedType = (type: string) => type === 'RuntimeDefault' || type === 'Localhost'
const allowedAnnotation = (value: string) => value === '' || value === 'runtime/default' || value.startsWith('localhost/')

function badAnnotations(annotations: Record<string, unknown>): { entry: string; key: string }[] {
  const bad: { entry: string; key: string }[] = []
  for (const key of Object.keys(annotations)) {
    const value = asString(own(annotations, key))
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX) || value === undefined || allowedAnnotation(value)) continue
    bad.push({ entry: `${key}=${goQuote(value)}`, key })
  }
  return bad.sort((a, b) => compareBytes(a.entry, b.entry))
}

function evaluate(pod: PodView): CheckOutcome | null {
  const types: string[] = []
  const paths: FieldPath[] = []
  const podProfile = present(own(pod.securityContext, 'appArmorProfile'))
  const podBad = podProfile !== undefined && !allowedType(text(podProfile, 'type'))
  if (podBad) {
    types.push(text(podProfile, 'type'))
    paths.push(podContextPath('appArmorProfile', 'type'))
  }
  const containers: string[] = []
  for (const container of pod.containers) {
    const profile = present(own(container.securityContext, 'appArmorProfile'))
    if (profile === undefined || allowedType(text(profile, 'type'))) continue
    containers.push(container.name)
    types.push(text(profile, 'type'))
    paths.push(containerContextPath(container, 'appArmorProfile', 'type'))
  }
  const annotations = badAnnotations(pod.annotations)
  if (!podBad && containers.length === 0 && annotations.length === 0) return null
  for (const { key } of annotations) paths.push(['metadata', 'annotations', key])
  // Field types come first (sorted unique), then the annotation entries, which Q() quotes a second time.
  const values = [...sortedUnique(types), ...annotations.map((a) => a.entry)]
  const annotationSetter = annotations.length > 0 ? [plural('annotation', 'annotations', annotations.length)] : []
  return {
    reason: plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    detail: `${settersPhrase(podBad, containers, ...annotationSetter)} must not set AppArmor profile type to ${joinQuote(values)}`,
    paths,
  }
}

/** appArmorProfile (baseline): AppArmor fields and annotations may only ask for the runtime default or a localhost profile. */
export const appArmorProfile: Check = {
  id: 'appArmorProfile',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
