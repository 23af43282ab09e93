/** `npm run bench`: the same deterministic corpus through each suite, timed together, printed as one table. */
import { cpus, loadavg } from 'node:os'
import { generateCorpus } from './corpus'
import { engineSuite } from './engine'
import { measureTogether, median } from './measure'
import { monokleSuite } from './monokle'
import type { Suite, SuiteTask } from './suite'
import { formatTable, type Row } from './table'

/** Suites in table order; the first row of the first suite is what the ratios compare against. */
const SUITES: readonly Suite[] = [engineSuite, monokleSuite]
const RUNS = 9
const WARMUP = 2

const load = () => loadavg().map((value) => value.toFixed(1)).join(' ')
const loadAtStart = load()
const corpus = generateCorpus()
const kinds = new Map<string, number>()
for (const manifest of corpus) kinds.set(manifest.kind, (kinds.get(manifest.kind) ?? 0) + 1)
const bytes = corpus.reduce((sum, manifest) => sum + manifest.text.length, 0)
const json = corpus.filter((manifest) => manifest.format === 'json').length

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`)
console.log(`Corpus: ${corpus.length} manifests, ${(bytes / 1024).toFixed(0)} KiB, ${json} JSON / ${corpus.length - json} YAML`)
console.log(`Kinds: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`)
console.log(
  `Timing: every row once cold, ${WARMUP} warm-up rounds, then ${RUNS} rounds in which each row runs in turn, ` +
    'once untimed to settle (its own garbage collection) and once timed; medians of wall clock and process CPU time (user + system, ' +
    'so it includes V8\'s helper threads and can exceed wall time), "cpu min" is the least disturbed run.\n',
)

const tasks: SuiteTask[] = []
for (const suite of SUITES) tasks.push(...(await suite.tasks(corpus)))
const timings = await measureTogether(tasks, { runs: RUNS, warmup: WARMUP })
const rows: Row[] = tasks.map((task, index) => ({ name: task.name, timing: timings[index], manifests: task.manifests, note: task.note?.() }))
const reference = rows[0]
console.log(formatTable(rows, reference))

/** How many times faster the reference is than `row`: ratio of the medians, and the median of the ratios within each round. */
function speedUp(row: Row, pick: (timing: Row['timing']) => { median: number; samples: number[] }): string {
  const ours = pick(reference.timing)
  const theirs = pick(row.timing)
  const paired = median(theirs.samples.map((sample, round) => sample / ours.samples[round]))
  return `${(theirs.median / ours.median).toFixed(1)}× (paired rounds: ${paired.toFixed(1)}×)`
}
const cpu = (timing: Row['timing']) => ({ median: timing.cpuMedianMs, samples: timing.cpuSamplesMs })
const wall = (timing: Row['timing']) => ({ median: timing.medianMs, samples: timing.samplesMs })
const byName = (name: string) => rows.find((row) => row.name === name)
const comparisons: [string, Row | undefined][] = [
  ['monokle YAML parse + validate (like for like: both sides parse the text)', byName('monokle: YAML parse + validate')],
  ['monokle validate only (its YAML parsing left out, ours still counted)', byName('monokle: validate only')],
]
console.log(`\nHow many times faster "${reference.name}" is than:`)
for (const [label, row] of comparisons) {
  if (row) console.log(`  ${label}\n      cpu ${speedUp(row, cpu)}, wall ${speedUp(row, wall)}`)
}
console.log(
  `\nLoad average (1, 5, 15 min) on ${cpus().length} CPUs: ${loadAtStart} at the start, ${load()} at the end. ` +
    'Above the CPU count the machine was oversubscribed: wall times then include waiting, so trust the cpu columns more.',
)
