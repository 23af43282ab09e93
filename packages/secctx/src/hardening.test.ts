// `secctx check` with hostile input: binary garbage on standard input, a directory, a missing
// file, an empty file, UTF-16, 5 MB files. Each ends with the documented exit status (0 read, 1
// below --level, 2 input error), errors as one compiler-style line each on standard error and no
// stack trace. Most cases run main() in-process with the same file and stdin decoding as the real
// process; a few run the real executable to cover what only a process shows.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../engine/test/hardening/data'
import { workloadStream } from '../../engine/test/hardening/workloadStream'
import type { CliIo } from './io'
import { main } from './main'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'secctx-hardening-'))
const MB = 2 ** 20

/** Bytes as binary garbage: every value 0–255, NULs and invalid UTF-8 included, the same on every run. */
function garbage(length: number, seed: number): Buffer {
  const random = seededRandom(seed)
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)))
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs main() with the real file system and stdin given as bytes, decoded as the real process decodes them. */
async function check(args: string[], stdin?: Buffer): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: async () => stdin ?? Buffer.alloc(0),
    isTTY: false,
    stdinIsTTY: stdin === undefined,
    readFile: (path) => readFile(path),
    writeFile: async () => {
      throw new Error('secctx check writes no file')
    },
    env: {},
  }
  const code = await main(['check', ...args], io)
  return { code, stdout, stderr }
}

/** The real executable through tsx, as CI runs it. */
function secctx(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [join(root, 'bin/secctx.js'), 'check', ...args], {
    cwd: root,
    input,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') }
}

const ERROR_LINE = /^\S.*:\d+:\d+( \(document \d+(, item \d+)?\))?: error: \S[^\n]*$/

/** Standard error holds only compiler-style error lines, at least one, and nothing like a stack trace. */
function expectErrorLines(stderr: string, count?: number): string[] {
  expect(stderr.endsWith('\n')).toBe(true)
  const lines = stderr.slice(0, -1).split('\n')
  for (const line of lines) expect(line).toMatch(ERROR_LINE)
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr).not.toMatch(/internal error/)
  if (count !== undefined) expect(lines).toHaveLength(count)
  return lines
}

describe('secctx check with hostile input', () => {
  it('binary garbage on standard input: exit 2, one error line, no stack trace', async () => {
    const result = await check([], garbage(64 * 1024, 1))
    expect(result.code).toBe(2)
    const [line] = expectErrorLines(result.stderr, 1)
    expect(line).toMatch(/^<stdin>:1:\d+ \(document 0\): error: YAML syntax error: /)
    expect(result.stdout).toMatch(/^summary {2}0 objects .*1 input error/m)
  })

  it('binary garbage piped into the real executable: exit 2, one error line, no stack trace', () => {
    const result = secctx([], garbage(64 * 1024, 1))
    expect(result.code).toBe(2)
    expectErrorLines(result.stderr, 1)
  }, 90_000)

  it('a directory as FILE: exit 2 and one line that says so', async () => {
    const folder = join(dir, 'manifests')
    mkdirSync(folder, { recursive: true })
    const result = await check([folder])
    expect(result.code).toBe(2)
    expectErrorLines(result.stderr, 1)
    expect(result.stderr).toBe(`${folder}:1:1: error: cannot read ${folder}: it is a directory (give the manifest files, e.g. dir/*.yaml)\n`)
  })

  it('a directory and a missing file given to the real executable: exit 2, one line each', () => {
    const result = secctx([dir, join(dir, 'missing.yaml')])
    expect(result.code).toBe(2)
    const lines = expectErrorLines(result.stderr, 2)
    expect(lines[1]).toBe(`${join(dir, 'missing.yaml')}:1:1: error: cannot read ${join(dir, 'missing.yaml')}: no such file`)
  }, 90_000)

  it('a missing file: exit 2 and one line', async () => {
    const missing = join(dir, 'nope.yaml')
    const result = await check([missing])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`${missing}:1:1: error: cannot read ${missing}: no such file\n`)
  })

  it('an empty file, or one with only comments and markers: exit 0, nothing on standard error', async () => {
    // Every input was read and holds nothing to evaluate: that is success by the documented statuses.
    // (A document that is only `...` is an error for kubectl: go-yaml finds no node before the end marker.)
    for (const [name, text] of [
      ['empty.yaml', ''],
      ['blank.yaml', '\n\n  \n'],
      ['comments.yaml', '# nothing here\n---\n# nor here\n---\n'],
    ]) {
      const file = join(dir, name)
      writeFileSync(file, text)
      const result = await check(['--level', 'restricted', file])
      expect(result, name).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toMatch(/^summary {2}0 objects /m)
    }
  })

  it('a UTF-16 file with a byte-order mark is read as kubectl reads it; without one: exit 2 and one line', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a}]}\n'
    const file = join(dir, 'utf16.yaml')
    writeFileSync(file, Buffer.from('\uFEFF' + text, 'utf16le'))
    expect(await check([file])).toMatchObject({ code: 0, stderr: '' })
    writeFileSync(file, Buffer.from(text, 'utf16le'))
    const result = await check([file])
    expect(result.code).toBe(2)
    expect(expectErrorLines(result.stderr, 1)[0]).toMatch(/:1:1: error: cannot read .*UTF-16LE without a byte-order mark/)
  })

  it('5 MB of binary garbage in a file: exit 2, error lines only, quickly', async () => {
    const file = join(dir, 'garbage.bin')
    writeFileSync(file, garbage(5 * MB, 2))
    const cpu = process.cpuUsage()
    const result = await check([file])
    const used = process.cpuUsage(cpu)
    expect(result.code).toBe(2)
    expectErrorLines(result.stderr)
    expect((used.user + used.system) / 1000).toBeLessThan(10_000)
  }, 120_000)

  it('a 5 MB file of real workloads: every object read, exit 0, or 1 below --level, and nothing on standard error', async () => {
    const { text, expected } = workloadStream(5 * MB)
    const file = join(dir, 'big.yaml')
    writeFileSync(file, text)
    const count = (level: string) => expected.objects.filter((o) => o.highestLevel === level).length
    const cpu = process.cpuUsage()
    const result = await check(['--level', 'baseline', file])
    const used = process.cpuUsage(cpu)
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(result.stdout).toContain(
      `summary  ${expected.objects.length} objects (${count('restricted')} restricted, ${count('baseline')} baseline, ${count('privileged')} privileged) · ${expected.skipped} skipped · ${count('privileged')} not allowed at baseline`,
    )
    // Evaluation is about 1 ms of CPU per object; rendering the text must not add a multiple of that.
    expect((used.user + used.system) / 1000).toBeLessThan(25_000)
  }, 180_000)

  it('names with terminal control sequences and line breaks cannot write raw control bytes or extra lines to the terminal', async () => {
    // A manifest is untrusted: printed raw, ESC sequences can clear the screen, rewrite earlier
    // lines or plant hyperlinks, and a line break can forge a line such as a clean summary.
    const hostile = '\u001b[2J\u001b[1;1Hsummary  1 objects (1 restricted)\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007\nforged line'
    const file = join(dir, 'escape.yaml')
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: hostile },
        spec: { containers: [{ name: hostile, securityContext: { privileged: true } }] },
      }),
    )
    const plainFile = join(dir, 'plain.yaml')
    writeFileSync(
      plainFile,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'plain' },
        spec: { containers: [{ name: 'plain', securityContext: { privileged: true } }] },
      }),
    )
    const result = await check([file])
    const plain = await check([plainFile])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(result.stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length)
  })
})
