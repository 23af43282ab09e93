/**
 * Rows for one multi-document stream of 1, 10, 100 and 1,000 corpus manifests, evaluated as the app
 * does: one call per stream; and for streams of 1,000 and 30,000 documents that are each an input
 * error with a warning (a duplicate key and no kind), whose cost per document must not grow either.
 */
import { dump } from 'js-yaml'
import { evaluate } from '@secctx/engine'
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

const ERRORING = [1_000, 30_000]
const erroringName = (size: number) => `scaling: ${size.toLocaleString('en-US')} erroring documents`

function erroringTask(size: number): SuiteTask {
  const text = Array(size).fill('a: 1\na: 2\n').join('---\n')
  return {
    name: erroringName(size),
    manifests: size,
    work: () => evaluate(text),
    note: () => `${(text.length / 1024).toFixed(0)} KiB, each document a duplicate key and no kind`,
    assess: (timing, timingOf) => {
      const perDoc = timing.medianMs / size
      const figure = `${timing.medianMs.toFixed(0)} ms, ${perDoc.toFixed(3)} ms/doc`
      const base = timingOf(erroringName(ERRORING[0]))
      if (size === ERRORING[0] || !base) return { figure, aim: 'baseline for ms/doc' }
      const limit = (2 * base.medianMs) / ERRORING[0]
      return { figure, aim: `ms/doc ≤ 2× the 1,000's (${limit.toFixed(3)})`, met: perDoc <= limit }
    },
  }
}

export const scalingSuite: Suite = {
  name: 'scaling',
  async tasks(corpus) {
    return [
      ...SIZES.filter((size) => size <= corpus.length).map((size): SuiteTask => {
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
      }),
      ...ERRORING.map(erroringTask),
    ]
  },
}
