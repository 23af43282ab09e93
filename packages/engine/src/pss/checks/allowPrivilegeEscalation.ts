import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase } from '../format'
import { containerContextPath, type PodView } from '../podView'
import { exceptWindows } from './conditions'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    // Only an explicit false passes: unset means the runtime allows escalation.
    if (own(container.securityContext, 'allowPrivilegeEscalation') === false) continue
    containers.push(container.name)
    paths.push(containerContextPath(container, 'allowPrivilegeEscalation'))
  }
  if (containers.length === 0) return null
  return {
    reason: 'allowPrivilegeEscalation != false',
    detail: `${containersPhrase(containers)} must set securityContext.allowPrivilegeEscalation=false`,
    paths,
  }
}

/** allowPrivilegeEscalation (restricted, v1.8+): every container must forbid privilege escalation; Windows exempt from v1.25. */
export const allowPrivilegeEscalation: Check = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  variants: [
    { minVersion: 8, evaluate, change: 'restricted check added: containers must set allowPrivilegeEscalation=false' },
    { minVersion: 25, evaluate: exceptWindows(evaluate), change: 'Windows pods (spec.os.name: windows) are exempt' },
  ],
}
