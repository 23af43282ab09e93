/**
 * Runs the engine over the bench corpus again and again, for a CPU profile or a quick A/B timing:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts [runs] [parse]
 *   node scripts/bench/profileSummary.mjs /tmp/prof/<file>.cpuprofile [top] [function]
 * With `parse` only the parser runs (with one lookup, so the position index is built). Prints the
 * minimum and median CPU time of one pass over the corpus; the minimum is the steadiest on a busy machine.
 */
import { evaluate } from '@secctx/engine'
import { parseManifests } from '../../packages/engine/src/parse'
import { generateCorpus } from './corpus'

const runs = Number(process.argv[2] ?? 20)
const parseOnly = process.argv[3] === 'parse'
const corpus = generateCorpus()
const work = parseOnly
  ? () => {
      for (const manifest of corpus) parseManifests(manifest.text).documents[0]?.locate([])
    }
  : () => {
      for (const manifest of corpus) evaluate(manifest.text)
    }
for (let i = 0; i < 3; i++) work()
const samples: number[] = []
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage()
  work()
  const used = process.cpuUsage(cpu)
  samples.push((used.user + used.system) / 1000)
}
samples.sort((a, b) => a - b)
const label = parseOnly ? 'parse' : 'parse + evaluate'
console.log(`${label}: ${samples[0].toFixed(1)} ms CPU min, ${samples[samples.length >> 1].toFixed(1)} ms median per pass over ${corpus.length} manifests`)
