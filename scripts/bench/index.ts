/** `npm run bench`: the same deterministic corpus through each suite, printed as one table. */
import { cpus, loadavg } from 'node:os'
import { generateCorpus } from './corpus'
import { engineSuite } from './engine'
import { monokleSuite } from './monokle'
import type { Suite } from './suite'
import { formatTable, type Row } from './table'

/** Suites in table order; the first row of the first suite is what the ratios compare against. */
const SUITES: readonly Suite[] = [engineSuite, monokleSuite]

const corpus = generateCorpus()
const kinds = new Map<string, number>()
for (const manifest of corpus) kinds.set(manifest.kind, (kinds.get(manifest.kind) ?? 0) + 1)
const bytes = corpus.reduce((sum, manifest) => sum + manifest.text.length, 0)
const json = corpus.filter((manifest) => manifest.format === 'json').length

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`)
console.log(`Corpus: ${corpus.length} manifests, ${(bytes / 1024).toFixed(0)} KiB, ${json} JSON / ${corpus.length - json} YAML`)
console.log(`Kinds: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`)
console.log('Timing: median of 9 runs after 2 warm-up runs (wall clock and process CPU time); "cold" is the very first run.\n')

const rows: Row[] = []
for (const suite of SUITES) rows.push(...(await suite.measure(corpus)))
const reference = rows[0]
console.log(formatTable(rows, reference))

const byName = (name: string) => rows.find((row) => row.name === name)
const validateOnly = byName('monokle: validate only')
const withParse = byName('monokle: YAML parse + validate')
if (validateOnly && withParse) {
  const ratio = (row: Row) =>
    `${(row.timing.medianMs / reference.timing.medianMs).toFixed(2)} (wall), ${(row.timing.cpuMedianMs / reference.timing.cpuMedianMs).toFixed(2)} (cpu)`
  console.log(`\nmonokle validate only ÷ engine parse + evaluate = ${ratio(validateOnly)}`)
  console.log(`monokle parse + validate ÷ engine parse + evaluate = ${ratio(withParse)}`)
}
console.log(`Load average during the run: ${loadavg().map((load) => load.toFixed(1)).join(' ')} (on a busy machine trust the cpu columns more)`)
