/** Rows for our engine, called once per manifest as the app and the CLI call it. */
import { evaluate } from '../../src/engine'
import { parseManifests } from '../../src/engine/parse'
import type { Manifest } from './corpus'
import { measure } from './measure'
import type { Suite } from './suite'

export const engineSuite: Suite = {
  name: 'engine',
  async measure(corpus) {
    const verdicts = tally(corpus)
    const full = await measure(() => {
      for (const manifest of corpus) evaluate(manifest.text)
    })
    const parseOnly = await measure(() => {
      for (const manifest of corpus) parseManifests(manifest.text).documents[0]?.locate([])
    })
    return [
      { name: 'engine: parse + evaluate', timing: full, manifests: corpus.length, note: `full report per manifest (${verdicts})` },
      { name: 'engine: parse only', timing: parseOnly, manifests: corpus.length, note: 'YAML/JSON → values + source tree' },
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
