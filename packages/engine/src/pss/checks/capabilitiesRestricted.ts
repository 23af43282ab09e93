import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase, joinQuote, sortedUnique } from '../format'
import { containerContextPath, eachString, present, type PodView } from '../podView'
import { exceptWindows } from './conditions'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const missingDrop: string[] = []
  const adders: string[] = []
  const added: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    const capabilities = present(own(container.securityContext, 'capabilities'))
    let dropsAll = false
    eachString(capabilities, 'drop', (name) => {
      if (name === 'ALL') dropsAll = true
    })
    if (!dropsAll) {
      missingDrop.push(container.name)
      paths.push(containerContextPath(container, 'capabilities', 'drop'))
    }
    let bad = false
    eachString(capabilities, 'add', (name, index) => {
      if (name === 'NET_BIND_SERVICE') return
      bad = true
      added.push(name)
      paths.push(containerContextPath(container, 'capabilities', 'add', index))
    })
    if (bad) adders.push(container.name)
  }
  const parts: string[] = []
  if (missingDrop.length > 0) parts.push(`${containersPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`)
  if (adders.length > 0) {
    parts.push(`${containersPhrase(adders)} must not include ${joinQuote(sortedUnique(added))} in securityContext.capabilities.add`)
  }
  if (parts.length === 0) return null
  return { reason: 'unrestricted capabilities', detail: parts.join('; '), paths }
}

/** capabilities_restricted (restricted, v1.22+): drop ALL, add at most NET_BIND_SERVICE; Windows exempt from v1.25. */
export const capabilitiesRestricted: Check = {
  id: 'capabilities_restricted',
  level: 'restricted',
  variants: [
    {
      minVersion: 22,
      evaluate,
      overrides: ['capabilities_baseline'],
      change: 'restricted check added: drop ALL, add only NET_BIND_SERVICE (replaces capabilities_baseline at restricted)',
    },
    { minVersion: 25, evaluate: exceptWindows(evaluate), overrides: ['capabilities_baseline'], change: 'Windows pods (spec.os.name: windows) are exempt' },
  ],
}
