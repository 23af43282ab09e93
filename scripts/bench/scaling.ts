/** Rows for one multi-document stream of 1, 10, 100 and 1,000 corpus manifests, evaluated as the app does: one call per stream. */
import { dump } from 'js-yaml'
import { evaluate } from '../../src/engine'
import type { Manifest } from './corpus'
import type { Suite, SuiteTask } from './suite'

const SIZES = [1, 10, 100, 1000]
const name = (size: number) => `scaling: ${size.toLocaleString('en-US')}-document stream`

/** The first `size` manifests as one YAML stream (JSON ones re-dumped as YAML, since JSON texts cannot be joined with ---). */
export function stream(corpus: readonly Manifest[], size: number): string {
  return corpus
    .slice(0, size)
    .map((manifest) => `---\n${manifest.format === 'yaml' ? manifest.text : dump(manifest.object)}`)
    .join('')
}

export const scalingSuite: Suite = {
  name: 'scaling',
  async tasks(corpus) {
    return SIZES.filter((size) => size <= corpus.length).map((size): SuiteTask => {
      const text = stream(corpus, size)
      return {
        name: name(size),
        manifests: size,
        work: () => evaluate(text),
        note: () => `${(text.length / 1024).toFixed(0)} KiB, one evaluate() call`,
        assess: (timing, timingOf) => {
          const perDoc = timing.medianMs / size
          const figure = `${timing.medianMs.toFixed(2)} ms, ${perDoc.toFixed(3)} ms/doc`
          const base = timingOf(name(SIZES[0]))
          if (size === SIZES[0] || !base) return { figure, aim: 'baseline for ms/doc' }
          // Linear: the cost per document does not grow with the stream (2× leaves room for cache effects and noise).
          const limit = 2 * base.medianMs
          return { figure, aim: `ms/doc ≤ 2× 1-doc (${limit.toFixed(3)})`, met: perDoc <= limit }
        },
      }
    })
  },
}
