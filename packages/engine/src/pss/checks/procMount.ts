import type { FieldPath } from '../../types'
import { asString, own } from '../../util/values'
import { containersPhrase, joinQuote, sortedUnique } from '../format'
import { containerContextPath, type PodView } from '../podView'
import { exceptUserNamespace } from './conditions'
import type { Check, CheckOutcome } from './types'

/** The unconditional procMount rule, shared with procMount_restricted: anything but exactly `Default` fails. */
export function procMountRule(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const values: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    const value = asString(own(container.securityContext, 'procMount'))
    if (value === undefined || value === 'Default') continue
    containers.push(container.name)
    values.push(value)
    paths.push(containerContextPath(container, 'procMount'))
  }
  if (containers.length === 0) return null
  return {
    reason: 'procMount',
    detail: `${containersPhrase(containers)} must not set securityContext.procMount to ${joinQuote(sortedUnique(values))}`,
    paths,
  }
}

/** procMount (baseline): the default /proc mask; from v1.35 any value is allowed in a user namespace. */
export const procMount: Check = {
  id: 'procMount',
  level: 'baseline',
  variants: [
    { minVersion: 0, evaluate: procMountRule },
    { minVersion: 35, evaluate: exceptUserNamespace(procMountRule), change: 'hostUsers: false (a user namespace) allows any procMount at baseline' },
  ],
}
