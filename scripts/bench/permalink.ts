/** Rows for permalink length against lz-string (what Kyverno Playground uses) on the gallery examples. */
import { LINK_LENGTH_AIM, measurePermalinks } from './permalinkMeasure'
import type { Suite } from './suite'

export const permalinkSuite: Suite = {
  name: 'permalink',
  async results() {
    const { rows, total } = await measurePermalinks()
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a))
    return [
      {
        name: 'permalink: total length ÷ lz-string',
        figure: `${total.ratio.toFixed(3)} (${total.permalink.toLocaleString('en-US')} vs ${total.lzString.toLocaleString('en-US')} chars)`,
        aim: `≤ ${LINK_LENGTH_AIM.total}`,
        met: total.ratio <= LINK_LENGTH_AIM.total,
        note: `${rows.length} gallery examples, ${total.textLength.toLocaleString('en-US')} chars of manifest`,
      },
      {
        name: 'permalink: worst example ÷ lz-string',
        figure: `${worst.ratio.toFixed(3)} (${worst.id}: ${worst.permalink} vs ${worst.lzString} chars)`,
        aim: `≤ ${LINK_LENGTH_AIM.worst}`,
        met: worst.ratio <= LINK_LENGTH_AIM.worst,
        note: `manifest of ${worst.textLength} chars`,
      },
    ]
  },
}
