import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase, joinQuote, settersPhrase, sortedUnique } from '../format'
import { containerContextPath, podContextPath, present, text, type PodView } from '../podView'
import { exceptWindows } from './conditions'
import { allowedSeccompType } from './seccompProfileBaseline'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const types: string[] = []
  const explicitPaths: FieldPath[] = []
  const podProfile = present(own(pod.securityContext, 'seccompProfile'))
  const podBad = podProfile !== undefined && !allowedSeccompType(text(podProfile, 'type'))
  // Only a valid pod-level profile covers containers that set none of their own.
  const podCovers = podProfile !== undefined && !podBad
  if (podBad) {
    types.push(text(podProfile, 'type'))
    explicitPaths.push(podContextPath('seccompProfile', 'type'))
  }
  const explicit: string[] = []
  const implicit: string[] = []
  const implicitPaths: FieldPath[] = []
  for (const container of pod.containers) {
    const profile = present(own(container.securityContext, 'seccompProfile'))
    if (profile === undefined) {
      if (podCovers) continue
      implicit.push(container.name)
      implicitPaths.push(containerContextPath(container, 'seccompProfile'))
    } else if (!allowedSeccompType(text(profile, 'type'))) {
      explicit.push(container.name)
      types.push(text(profile, 'type'))
      explicitPaths.push(containerContextPath(container, 'seccompProfile', 'type'))
    }
  }
  if (podBad || explicit.length > 0) {
    return {
      reason: 'seccompProfile',
      detail: `${settersPhrase(podBad, explicit)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(types))}`,
      paths: explicitPaths,
    }
  }
  if (implicit.length === 0) return null
  return {
    reason: 'seccompProfile',
    detail: `pod or ${containersPhrase(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    paths: implicitPaths,
  }
}

/** seccompProfile_restricted (restricted, v1.19+): every container needs a RuntimeDefault or Localhost profile; Windows exempt from v1.25. */
export const seccompProfileRestricted: Check = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  variants: [
    {
      minVersion: 19,
      evaluate,
      overrides: ['seccompProfile_baseline'],
      change: 'restricted check added: seccompProfile.type must be RuntimeDefault or Localhost',
    },
    { minVersion: 25, evaluate: exceptWindows(evaluate), overrides: ['seccompProfile_baseline'], change: 'Windows pods (spec.os.name: windows) are exempt' },
  ],
}
