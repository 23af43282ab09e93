import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase } from '../format'
import { containerContextPath, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    if (own(container.securityContext, 'privileged') !== true) continue
    containers.push(container.name)
    paths.push(containerContextPath(container, 'privileged'))
  }
  if (containers.length === 0) return null
  return { reason: 'privileged', detail: `${containersPhrase(containers)} must not set securityContext.privileged=true`, paths }
}

/** privileged (baseline): no container may run privileged. */
export const privileged: Check = {
  id: 'privileged',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
