import type { FieldPath } from '../../types'
import { joinQuote, plural, sortedUnique } from '../format'
import { eachRecord, text, type PodView } from '../podView'
import { ALLOWED_VOLUME_SOURCES, RESTRICTED_VOLUME_SOURCES, hasSource } from '../volumes'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const names: string[] = []
  const types: string[] = []
  const paths: FieldPath[] = []
  eachRecord(pod.spec, 'volumes', (volume, index) => {
    if (ALLOWED_VOLUME_SOURCES.some((source) => hasSource(volume, source))) return
    const type = RESTRICTED_VOLUME_SOURCES.find((source) => hasSource(volume, source))
    names.push(text(volume, 'name'))
    types.push(type ?? 'unknown')
    paths.push(type === undefined ? ['spec', 'volumes', index] : ['spec', 'volumes', index, type])
  })
  if (names.length === 0) return null
  const distinct = sortedUnique(types)
  return {
    reason: 'restricted volume types',
    detail: `${plural('volume', 'volumes', names.length)} ${joinQuote(names)} ${plural('uses', 'use', names.length)} ${plural('restricted volume type', 'restricted volume types', distinct.length)} ${joinQuote(distinct)}`,
    paths,
  }
}

/** restrictedVolumes (restricted): only ephemeral, projected and claim-backed volume sources; replaces hostPathVolumes. */
export const restrictedVolumes: Check = {
  id: 'restrictedVolumes',
  level: 'restricted',
  variants: [{ minVersion: 0, evaluate, overrides: ['hostPathVolumes'] }],
}
