/**
 * Whole process against whole process, as CI runs them: the packaged `secctx check --format json`
 * (packages/secctx, built here) and monokle's PSS plugin (monokleProcess.mjs) on one stream of
 * 5,000 manifests (the corpus five times), each started as a fresh `node` with its output discarded.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stream } from './scaling'
import type { Suite } from './suite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const COPIES = 5
const OURS = 'process: secctx check --format json'
const THEIRS = 'process: monokle PSS plugin'

function runNode(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 })
  // secctx exits 1 when an object is below --level (not given here) and 0 otherwise; 2 would be a failure.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
}

export const processSuite: Suite = {
  name: 'process',
  async tasks(corpus) {
    const build = spawnSync(process.execPath, [join(root, 'packages/secctx/build.mjs')], { encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`building packages/secctx failed: ${build.stderr}`)
    const one = stream(corpus, corpus.length)
    const file = join(mkdtempSync(join(tmpdir(), 'secctx-bench-')), 'stream.yaml')
    writeFileSync(file, Array(COPIES).fill(one).join(''))
    const manifests = corpus.length * COPIES
    const size = `${((one.length * COPIES) / 1024 / 1024).toFixed(1)} MB`
    return [
      {
        name: OURS,
        manifests,
        work: () => runNode([join(root, 'packages/secctx/secctx.js'), 'check', '--format', 'json', file]),
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
    ]
  },
}
