import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { joinQuote, plural } from '../format'
import { eachRecord, present, text, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const names: string[] = []
  const paths: FieldPath[] = []
  eachRecord(pod.spec, 'volumes', (volume, index) => {
    if (present(own(volume, 'hostPath')) === undefined) return
    names.push(text(volume, 'name'))
    paths.push(['spec', 'volumes', index, 'hostPath'])
  })
  if (names.length === 0) return null
  return { reason: 'hostPath volumes', detail: `${plural('volume', 'volumes', names.length)} ${joinQuote(names)}`, paths }
}

/** hostPathVolumes (baseline): no hostPath volumes; replaced by restrictedVolumes at the restricted level. */
export const hostPathVolumes: Check = {
  id: 'hostPathVolumes',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
