import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { settersPhrase } from '../format'
import { containerContextPath, podContextPath, type PodView } from '../podView'
import { exceptUserNamespace } from './conditions'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const paths: FieldPath[] = []
  // A pod-level 0 fails even when every container overrides it.
  const podRoot = own(pod.securityContext, 'runAsUser') === 0
  if (podRoot) paths.push(podContextPath('runAsUser'))
  const containers: string[] = []
  for (const container of pod.containers) {
    if (own(container.securityContext, 'runAsUser') !== 0) continue
    containers.push(container.name)
    paths.push(containerContextPath(container, 'runAsUser'))
  }
  if (!podRoot && containers.length === 0) return null
  return { reason: 'runAsUser=0', detail: `${settersPhrase(podRoot, containers)} must not set runAsUser=0`, paths }
}

/** runAsUser (restricted, v1.23+): nothing may set runAsUser to 0; from v1.35 a user namespace suffices. */
export const runAsUser: Check = {
  id: 'runAsUser',
  level: 'restricted',
  variants: [
    { minVersion: 23, evaluate, change: 'restricted check added: nothing may set runAsUser=0' },
    { minVersion: 35, evaluate: exceptUserNamespace(evaluate), change: 'hostUsers: false (a user namespace) relaxes runAsUser' },
  ],
}
