/** Rows for our engine, called once per manifest as the app and the CLI call it. */
import { evaluate } from '@secctx/engine'
import { parseManifests } from '../../packages/engine/src/parse'
import type { Manifest } from './corpus'
import type { Suite } from './suite'

export const engineSuite: Suite = {
  name: 'engine',
  async tasks(corpus) {
    return [
      {
        name: 'engine: parse + evaluate',
        manifests: corpus.length,
        work: () => {
          for (const manifest of corpus) evaluate(manifest.text)
        },
        // Counted after timing, so the first timed run really is the engine's first.
        note: () => `full report per manifest (${tally(corpus)})`,
      },
      {
        name: 'engine: parse only',
        manifests: corpus.length,
        work: () => {
          for (const manifest of corpus) parseManifests(manifest.text).documents[0]?.locate([])
        },
        note: () => 'YAML/JSON → values + source tree',
      },
    ]
  },
}

/** How many manifests landed at each level, so the corpus is seen to be varied. */
function tally(corpus: readonly Manifest[]): string {
  const counts = { restricted: 0, baseline: 0, privileged: 0, errors: 0 }
  for (const manifest of corpus) {
    const report = evaluate(manifest.text)
    counts.errors += report.errors.length
    for (const object of report.objects) counts[object.highestLevel]++
  }
  return `${counts.restricted} restricted, ${counts.baseline} baseline, ${counts.privileged} privileged, ${counts.errors} errors`
}
