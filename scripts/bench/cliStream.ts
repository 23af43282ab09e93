/**
 * `secctx check` on a 50 MB stream of Pods (about 250,000 documents), once per format, as a user
 * runs it: the packaged CLI in a fresh process with its output discarded. Before streaming it ran out of memory (text)
 * or past V8's longest string (JSON at 20 MB). Peak memory is the child's VmHWM, polled from /proc.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPackagedCli, PACKAGED_CLI } from './packagedCli'
import type { Suite } from './suite'
import type { Row } from './table'

const root = fileURLToPath(new URL('../..', import.meta.url))
// BENCH_CLI_MB=2 for a quick try of the row itself.
const STREAM_BYTES = Number(process.env.BENCH_CLI_MB ?? 50) * 1000 * 1000
const MEMORY_AIM_MB = 1536

/** At least `bytes` of Pods, one per document, each failing Restricted. */
function podStream(bytes: number): { text: string; documents: number } {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const part = `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  namespace: team-${i % 7}\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:${i}\n      securityContext:\n        runAsUser: 0\n`
    parts.push(part)
    length += part.length
  }
  return { text: parts.join(''), documents: parts.length }
}

/** Runs secctx on the file; resolves to its exit status, wall time and peak resident memory. */
function run(args: string[]): Promise<{ status: number | null; ms: number; peakMb: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [PACKAGED_CLI, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    let peakKb: number | null = null
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)))
    const poll = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1])
        if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb)
      } catch {
        // No /proc (not Linux), or the child has just ended.
      }
    }, 100)
    child.on('error', (error) => (clearInterval(poll), reject(error)))
    child.on('exit', (status) => {
      clearInterval(poll)
      resolve({ status, ms: performance.now() - started, peakMb: peakKb === null ? null : peakKb / 1024, stderr })
    })
  })
}

export const cliStreamSuite: Suite = {
  name: 'cli stream',
  async results() {
    buildPackagedCli()
    const dir = mkdtempSync(join(tmpdir(), 'secctx-bench-'))
    const { text, documents } = podStream(STREAM_BYTES)
    const file = join(dir, 'pods.yaml')
    writeFileSync(file, text)
    const rows: Row[] = []
    try {
      for (const format of ['text', 'json']) {
        const result = await run(['check', '--format', format, file])
        // Every Pod runs as root, so below --level is not asked: 0 is the only good status.
        const ended = result.status === 0
        rows.push({
          name: `process: secctx check --format ${format}, ${STREAM_BYTES / 1e6} MB of Pods`,
          figure: ended
            ? `${(result.ms / 1000).toFixed(1)} s, peak ${result.peakMb === null ? '?' : result.peakMb.toFixed(0)} MB`
            : `exit ${result.status}: ${result.stderr.trim().split('\n').at(-1)}`,
          aim: `exit 0, peak < ${MEMORY_AIM_MB} MB`,
          met: ended && (result.peakMb === null || result.peakMb < MEMORY_AIM_MB),
          note: `${documents} documents, one fresh process, output discarded`,
        })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return rows
  },
}
