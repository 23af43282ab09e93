import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase, joinQuote, sortedUnique } from '../format'
import { containerContextPath, eachString, present, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

/** The capabilities a baseline container may add (case-sensitive, without the `CAP_` prefix). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

function evaluate(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const added: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    const capabilities = present(own(container.securityContext, 'capabilities'))
    if (capabilities === undefined) continue
    let bad = false
    eachString(capabilities, 'add', (name, index) => {
      if (BASELINE_CAPABILITIES.has(name)) return
      bad = true
      added.push(name)
      paths.push(containerContextPath(container, 'capabilities', 'add', index))
    })
    if (bad) containers.push(container.name)
  }
  if (containers.length === 0) return null
  return {
    reason: 'non-default capabilities',
    detail: `${containersPhrase(containers)} must not include ${joinQuote(sortedUnique(added))} in securityContext.capabilities.add`,
    paths,
  }
}

/** capabilities_baseline (baseline): only the default container runtime capabilities may be added. */
export const capabilitiesBaseline: Check = {
  id: 'capabilities_baseline',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
