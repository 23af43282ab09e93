/** `npm run bench`: the same deterministic corpus through each suite, timed together, printed as one table. */
import { cpus, loadavg } from 'node:os'
import { closeApp } from './app'
import { browserSuite } from './browserSuite'
import { bundleSuite } from './bundle'
import { cliStreamSuite } from './cliStream'
import { generateCorpus } from './corpus'
import { engineSuite } from './engine'
import { lighthouseSuite } from './lighthouse'
import { measureTogether, median, type Timing } from './measure'
import { monokleSuite } from './monokle'
import { namespaceViewSuite } from './namespaceView'
import { permalinkSuite } from './permalink'
import { planSuite } from './plan'
import { processSuite } from './process'
import { scalingSuite } from './scaling'
import { selectAllSuite } from './selectAll'
import { notMeasured, type Suite, type SuiteTask } from './suite'
import { formatTable, type Row } from './table'

/**
 * Suites in table order; the first row of the first suite is what the ratios compare against. Timed
 * suites first (measured together), then the others, one after another once the timing is over.
 */
const ALL_SUITES: readonly Suite[] = [
  engineSuite,
  monokleSuite,
  processSuite,
  scalingSuite,
  planSuite,
  bundleSuite,
  browserSuite,
  namespaceViewSuite,
  lighthouseSuite,
  permalinkSuite,
  cliStreamSuite,
  selectAllSuite,
]
// BENCH_SUITES=process,monokle runs only those suites (by name), for a quick look at a few rows.
const only = process.env.BENCH_SUITES?.split(',').map((name) => name.trim())
const SUITES = only ? ALL_SUITES.filter((suite) => only.includes(suite.name)) : ALL_SUITES
// BENCH_RUNS=3 BENCH_WARMUP=0 for a quicker, rougher table (the process rows take minutes a round).
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2)

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
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
const failed: Row[] = []
for (const suite of SUITES) {
  try {
    if (suite.tasks) tasks.push(...(await suite.tasks(corpus)))
  } catch (error) {
    failed.push(notMeasured(`${suite.name}: (all rows)`, '', error))
  }
}
const timings = await measureTogether(tasks, { runs: RUNS, warmup: WARMUP })
const timingOf = (name: string) => timings[tasks.findIndex((task) => task.name === name)] as Timing | undefined
const rows: Row[] = tasks.map((task, index) => ({
  name: task.name,
  timing: timings[index],
  manifests: task.manifests,
  note: task.note?.(),
  ...task.assess?.(timings[index], timingOf),
}))
rows.push(...failed)
try {
  for (const suite of SUITES) {
    if (!suite.results) continue
    const started = performance.now()
    try {
      rows.push(...(await suite.results()))
    } catch (error) {
      rows.push(notMeasured(`${suite.name}: (all rows)`, '', error))
    }
    console.error(`  (${suite.name} took ${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
} finally {
  closeApp()
}
const reference = rows.find((row) => row.timing)
console.log(formatTable(rows, reference))

/** How many times faster the reference is than `row`: ratio of the medians, and the median of the ratios within each round. */
function speedUp(row: Row, pick: (timing: Timing) => { median: number; samples: number[] }): string {
  const ours = pick(reference!.timing!)
  const theirs = pick(row.timing!)
  const paired = median(theirs.samples.map((sample, round) => sample / ours.samples[round]))
  return `${(theirs.median / ours.median).toFixed(1)}× (paired rounds: ${paired.toFixed(1)}×)`
}
const cpu = (timing: Timing) => ({ median: timing.cpuMedianMs, samples: timing.cpuSamplesMs })
const wall = (timing: Timing) => ({ median: timing.medianMs, samples: timing.samplesMs })
const byName = (name: string) => rows.find((row) => row.name === name)
const comparisons: [string, Row | undefined][] = [
  ['monokle YAML parse + validate (like for like: both sides parse the text)', byName('monokle: YAML parse + validate')],
  ['monokle validate only (its YAML parsing left out, ours still counted)', byName('monokle: validate only')],
]
if (reference) console.log(`\nHow many times faster "${reference.name}" is than:`)
for (const [label, row] of comparisons) {
  if (reference && row?.timing) console.log(`  ${label}\n      cpu ${speedUp(row, cpu)}, wall ${speedUp(row, wall)}`)
}
console.log(
  `\nLoad average (1, 5, 15 min) on ${cpus().length} CPUs: ${loadAtStart} at the start, ${load()} at the end. ` +
    'Above the CPU count the machine was oversubscribed: wall times then include waiting, so trust the cpu columns more.',
)
