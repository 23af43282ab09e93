/**
 * Whole process against whole process, as CI runs them: the packaged `secctx check --format json`
 * (packages/secctx, built here) and monokle's PSS plugin (monokleProcess.mjs) on one stream of
 * 5,000 manifests (the corpus five times), each started as a fresh `node` with its output discarded;
 * and the packaged CLI's start-up, one pod against a bare `node -e 0`. CPU columns are the child's own
 * time (all its threads), reported by childCpu.mjs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CpuReport } from './measure'
import { buildPackagedCli, PACKAGED_CLI } from './packagedCli'
import { stream } from './scaling'
import type { Suite } from './suite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const CHILD_CPU = new URL('./childCpu.mjs', import.meta.url).href
const COPIES = 5
const OURS = 'process: secctx check --format json'
const THEIRS = 'process: monokle PSS plugin'
const ONE_POD = 'process: secctx check, one pod'
const BARE = 'process: node -e 0'
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n'

/** Runs `node args` and returns the child's own CPU time (childCpu.mjs reports it on descriptor 3). */
function runNode(args: string[]): CpuReport {
  const result = spawnSync(process.execPath, ['--import', CHILD_CPU, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 })
  // secctx exits 1 when an object is below --level (not given here) and 0 otherwise; 2 would be a failure.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  const cpuMs = Number(String(result.output[3]))
  if (!Number.isFinite(cpuMs)) throw new Error(`${args.join(' ')} reported no CPU time`)
  return { cpuMs }
}

export const processSuite: Suite = {
  name: 'process',
  async tasks(corpus) {
    buildPackagedCli()
    const one = stream(corpus, corpus.length)
    const dir = mkdtempSync(join(tmpdir(), 'secctx-bench-'))
    const file = join(dir, 'stream.yaml')
    writeFileSync(file, Array(COPIES).fill(one).join(''))
    const pod = join(dir, 'pod.yaml')
    writeFileSync(pod, POD)
    const manifests = corpus.length * COPIES
    const size = `${((one.length * COPIES) / 1024 / 1024).toFixed(1)} MB`
    return [
      {
        name: OURS,
        manifests,
        work: () => runNode([PACKAGED_CLI, 'check', '--format', 'json', file]),
        note: () => `the packaged CLI, ${size} stream, JSON written to /dev/null`,
        assess: (timing, timingOf) => {
          const theirs = timingOf(THEIRS)
          const figure = `${timing.medianMs.toFixed(0)} ms`
          if (!theirs) return { figure, aim: '≥ 10× faster than monokle, whole process' }
          const ratio = theirs.medianMs / timing.medianMs
          return { figure: `${figure}, ${ratio.toFixed(1)}× faster than monokle`, aim: '≥ 10× faster than monokle, whole process', met: ratio >= 10 }
        },
      },
      {
        name: THEIRS,
        manifests,
        work: () => runNode([join(root, 'scripts/bench/monokleProcess.mjs'), file]),
        note: () => 'its own process: yaml parseAllDocuments + validate, all PSS rules',
      },
      {
        name: ONE_POD,
        manifests: 1,
        work: () => runNode([PACKAGED_CLI, 'check', pod]),
        note: () => 'the packaged CLI, text output: what a CI step on one manifest waits for',
        assess: (timing, timingOf) => {
          const bare = timingOf(BARE)
          const figure = `${timing.medianMs.toFixed(0)} ms`
          if (!bare) return { figure, aim: '≤ 3× a bare node start' }
          const ratio = timing.medianMs / bare.medianMs
          return { figure: `${figure}, ${ratio.toFixed(1)}× a bare node start`, aim: '≤ 3× a bare node start', met: ratio <= 3 }
        },
      },
      {
        name: BARE,
        manifests: 1,
        work: () => runNode(['-e', '0']),
        note: () => 'the floor any Node CLI starts from',
      },
    ]
  },
}
