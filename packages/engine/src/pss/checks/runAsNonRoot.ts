import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase, settersPhrase } from '../format'
import { containerContextPath, podContextPath, type PodView } from '../podView'
import { exceptUserNamespace } from './conditions'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const podValue = own(pod.securityContext, 'runAsNonRoot')
  const podFalse = podValue === false
  const explicit: string[] = []
  const explicitPaths: FieldPath[] = podFalse ? [podContextPath('runAsNonRoot')] : []
  const implicit: string[] = []
  const implicitPaths: FieldPath[] = []
  for (const container of pod.containers) {
    const value = own(container.securityContext, 'runAsNonRoot')
    if (value === false) {
      explicit.push(container.name)
      explicitPaths.push(containerContextPath(container, 'runAsNonRoot'))
    } else if (value !== true && podValue !== true) {
      implicit.push(container.name)
      implicitPaths.push(containerContextPath(container, 'runAsNonRoot'))
    }
  }
  // Explicit bad setters win: the implicitly bad containers are then left out entirely.
  if (podFalse || explicit.length > 0) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `${settersPhrase(podFalse, explicit)} must not set securityContext.runAsNonRoot=false`,
      paths: explicitPaths,
    }
  }
  if (implicit.length === 0) return null
  return {
    reason: 'runAsNonRoot != true',
    detail: `pod or ${containersPhrase(implicit)} must set securityContext.runAsNonRoot=true`,
    paths: implicitPaths,
  }
}

/** runAsNonRoot (restricted): every container must run as non-root; from v1.35 a user namespace suffices. */
export const runAsNonRoot: Check = {
  id: 'runAsNonRoot',
  level: 'restricted',
  variants: [
    { minVersion: 0, evaluate },
    { minVersion: 35, evaluate: exceptUserNamespace(evaluate), change: 'hostUsers: false (a user namespace) relaxes runAsNonRoot' },
  ],
}
