import { describe, expect, it } from 'vitest'
import { decodePermalink } from '@secctx/link'
import type { CliIo } from './io'
import { DEFAULT_BASE, linkCommand, parseLinkArgs } from './link'

const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  containers:\n    - name: app\n      image: nginx\n'

function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stdin: async () => new TextEncoder().encode(stdin),
    isTTY: false,
    stdinIsTTY: false,
    readFile: async (path) => {
      if (!(path in files)) throw new Error('ENOENT: no such file')
      return new TextEncoder().encode(files[path]!)
    },
    writeFile: async () => {
      throw new Error('secctx link writes no file')
    },
    env: {},
  }
  return { io, out, err }
}

async function linkOf(args: string[], files: Record<string, string> = { 'pod.yaml': manifest }, stdin = '') {
  const { io, out, err } = fakeIo(files, stdin)
  const status = await linkCommand.run(args, io)
  return { status, out: out.join(''), err: err.join('') }
}

describe('secctx link', () => {
  it('prints a link to the local dev server that decodes to the file', async () => {
    const { status, out } = await linkOf(['pod.yaml'])
    expect(status).toBe(0)
    expect(out.startsWith(`${DEFAULT_BASE}#v2.`)).toBe(true)
    const decoded = await decodePermalink(new URL(out.trim()).hash)
    expect(decoded).toMatchObject({ ok: true, snapshot: { text: manifest, version: 'latest', level: 'restricted' } })
  })

  it('carries the settings and replaces any fragment of the base', async () => {
    const { out } = await linkOf([
      '--base',
      'https://example.org/play/#old',
      '--version=v1.24',
      '--level',
      'baseline',
      '--object',
      '2',
      '--windows',
      'pod.yaml',
    ])
    const url = new URL(out.trim())
    expect(`${url.origin}${url.pathname}`).toBe('https://example.org/play/')
    const decoded = await decodePermalink(url.hash)
    expect(decoded).toMatchObject({ ok: true, snapshot: { version: 'v1.24', level: 'baseline', objectIndex: 1, windowsOpen: true } })
  })

  it('reads standard input for -', async () => {
    const { status, out } = await linkOf(['-'], {}, manifest)
    expect(status).toBe(0)
    expect(await decodePermalink(new URL(out.trim()).hash)).toMatchObject({ ok: true, snapshot: { text: manifest } })
  })

  it('exits 2 with one line on standard error for bad input', async () => {
    for (const args of [
      [],
      ['a.yaml', 'b.yaml'],
      ['--level', 'root', 'pod.yaml'],
      ['--version', '1.30', 'pod.yaml'],
      ['--base', 'ftp://x/', 'pod.yaml'],
      ['--bogus', 'pod.yaml'],
      ['missing.yaml'],
    ]) {
      const { status, out, err } = await linkOf(args)
      expect(status, args.join(' ')).toBe(2)
      expect(out).toBe('')
      expect(err).toMatch(/^secctx link: .+\n$/)
    }
  })

  it('refuses a file over 1 MiB', async () => {
    const { status, err } = await linkOf(['big.yaml'], { 'big.yaml': 'x'.repeat(1024 * 1024 + 1) })
    expect(status).toBe(2)
    expect(err).toContain('larger than 1 MiB')
  })

  it('shows its help', async () => {
    expect(parseLinkArgs(['--help'])).toEqual({ kind: 'help' })
    const { status, out } = await linkOf(['-h'])
    expect(status).toBe(0)
    expect(out).toContain('Usage: secctx link')
  })

  it('prints a hostile file name escaped, as check does', async () => {
    const hostile = 'evil\u001b]0;pwned\u0007\u001b[2J\u202egnp.yaml'
    const { io, err } = fakeIo({})
    expect(await linkCommand.run([hostile], io)).toBe(2)
    expect(err.join('')).toBe('secctx link: cannot read evil\\x1b]0;pwned\\x07\\x1b[2J\\u202egnp.yaml: ENOENT: no such file\n')
    const big = fakeIo({ [hostile]: `# ${'x'.repeat(1024 * 1024)}\n` })
    await linkCommand.run([hostile], big.io)
    expect(big.err.join('')).not.toMatch(/[\u001b\u0007\u202e]/)
  })
})
