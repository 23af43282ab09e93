/** A row for `secctx plan`'s engine work on a dump of 2,000 pod-bearing objects across 50 namespaces. */
import { planNamespaces } from '@secctx/engine'
import { namespaceDump } from './namespaceDump'
import type { Suite } from './suite'

const OBJECTS = 2000
const NAMESPACES = 50

export const planSuite: Suite = {
  name: 'plan',
  async tasks() {
    const text = namespaceDump(NAMESPACES, OBJECTS)
    return [
      {
        name: `plan: ${OBJECTS.toLocaleString('en-US')} pods across ${NAMESPACES} namespaces`,
        manifests: OBJECTS,
        work: () => planNamespaces([{ file: 'dump.yaml', text }]),
        note: () => `${(text.length / 1024).toFixed(0)} KiB, one List; every object evaluated at all 38 versions`,
        // secctx plan on such a dump should answer within a second on a CI runner.
        assess: (timing) => ({
          figure: `${timing.medianMs.toFixed(0)} ms, ${(timing.medianMs / OBJECTS).toFixed(3)} ms/object`,
          aim: '≤ 1,000 ms',
          met: timing.medianMs <= 1000,
        }),
      },
    ]
  },
}
