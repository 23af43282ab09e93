// A large input as users run it: the bundled CLI evaluates its pieces in worker threads and writes
// them in stream order; the output must be byte for byte the one-thread output, and its value the
// engine's evaluation of the whole input in one piece.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { runCli } from '../../test/testIo'
import { PARALLEL_CHARS, PIECE_CHARS } from './readInputs'

const work = mkdtempSync(join(tmpdir(), 'secctx-parallel-'))
const bundle = join(work, 'secctx.js')

const pod = (i: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  annotations: {note: "${'x'.repeat(i % 50)}"}\nspec:\n  containers:\n    - name: app\n      image: app:${i}\n` +
  (i % 3 === 0
    ? '      securityContext:\n        privileged: true\n'
    : i % 3 === 1
      ? '      securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}\n'
      : '')

// Every kind of document a piece boundary can meet, over and over, past the size that starts threads.
function largeStream(): string {
  const parts: string[] = []
  for (let i = 0; parts.join('').length < PARALLEL_CHARS * 1.2; i++) {
    parts.push(`---\n${pod(i)}`)
    if (i % 97 === 0) parts.push('---\n# only a comment\n', '---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n')
    if (i % 211 === 0) parts.push('---\na: [unclosed\n', '--- # a separator with a comment\n', pod(100000 + i))
  }
  return parts.join('')
}

const run = (args: string[], threads: number) =>
  spawnSync(process.execPath, [bundle, ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', SECCTX_THREADS: String(threads) },
    timeout: 120_000,
  })

describe('secctx check on a large input', () => {
  const text = largeStream()

  beforeAll(async () => {
    await build({
      entryPoints: [fileURLToPath(new URL('../entry.ts', import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    })
    writeFileSync(join(work, 'big.yaml'), text)
  }, 60_000)

  it('writes in worker threads exactly what one thread writes, in stream order', async () => {
    expect(text.length).toBeGreaterThan(PARALLEL_CHARS)
    const inProcess = await runCli(['check', '--format', 'json', 'big.yaml'], { files: { 'big.yaml': text } })
    const threaded = run(['check', '--format', 'json', 'big.yaml'], 3)
    expect(threaded.stderr).toBe(inProcess.stderr)
    expect(threaded.status).toBe(inProcess.code)
    expect(threaded.stdout === inProcess.stdout).toBe(true)
    const report = JSON.parse(threaded.stdout)
    // Several pieces, evaluated apart, read as the whole input evaluated in one piece.
    expect(text.length / PIECE_CHARS).toBeGreaterThan(4)
    // Compared as JSON text: the same keys in the same order, and much faster than a deep comparison of 100 MB of objects.
    expect(JSON.stringify(report) === JSON.stringify(evaluate(text, { file: 'big.yaml' }))).toBe(true)
    const names: string[] = report.objects.map((object: { name: string }) => object.name)
    expect(names.slice(0, 3)).toEqual(['p0', 'p100000', 'p1'])
    expect(report.errors.length).toBeGreaterThan(1)
  }, 120_000)

  it('writes text in worker threads exactly as one thread does', async () => {
    const inProcess = await runCli(['check', '--level', 'baseline', 'big.yaml'], { files: { 'big.yaml': text } })
    const threaded = run(['check', '--level', 'baseline', 'big.yaml'], 2)
    expect(threaded.status).toBe(inProcess.code)
    expect(threaded.stderr).toBe(inProcess.stderr)
    expect(threaded.stdout === inProcess.stdout).toBe(true)
    expect(threaded.stdout).toMatch(/^summary {2}\d+ objects/m)
  }, 120_000)
})
