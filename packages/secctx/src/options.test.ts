import { describe, expect, it } from 'vitest'
import { checkChoice, checkVersion, orList, readOptions } from './options'

const SPEC = { 'out-dir': { type: 'string' }, write: { type: 'boolean' } } as const
const HELP = { accepted: '--out-dir DIR, --write, --help', values: { 'out-dir': 'a directory' } }

describe('readOptions', () => {
  it('reads options, switches, help and operands (a lone - is one)', () => {
    expect(readOptions(['--out-dir=x', '--write', '-', 'a.yaml'], SPEC, HELP)).toEqual({
      ok: true,
      values: { 'out-dir': 'x', write: true },
      positionals: ['-', 'a.yaml'],
    })
    expect(readOptions(['-h'], SPEC, HELP)).toMatchObject({ ok: true, values: { help: true } })
  })

  it('turns every parseArgs error into one line naming the accepted forms', () => {
    expect(readOptions(['--frob'], SPEC, HELP)).toEqual({ ok: false, message: 'unknown option --frob (accepted: --out-dir DIR, --write, --help)' })
    expect(readOptions(['-x'], SPEC, HELP)).toEqual({ ok: false, message: 'unknown option -x (accepted: --out-dir DIR, --write, --help)' })
    expect(readOptions(['--out-dir'], SPEC, HELP)).toEqual({ ok: false, message: '--out-dir needs a value: a directory' })
    expect(readOptions(['--write=yes'], SPEC, HELP)).toEqual({ ok: false, message: '--write takes no value' })
  })
})

describe('value checks', () => {
  it('checks a version with the engine and a choice against its list', () => {
    expect(checkVersion(undefined)).toEqual({ ok: true, value: 'latest' })
    expect(checkVersion('v1.30')).toEqual({ ok: true, value: 'v1.30' })
    expect(checkVersion('v1.05')).toMatchObject({ ok: false, message: expect.stringMatching(/^--version: invalid version "v1.05"/) })
    expect(checkChoice('format', undefined, ['text', 'json'], 'text')).toEqual({ ok: true, value: 'text' })
    expect(checkChoice('format', 'yaml', ['text', 'json', 'sarif'])).toEqual({ ok: false, message: 'invalid --format "yaml": expected text, json or sarif' })
  })

  it('lists alternatives as prose', () => {
    expect([orList(['a']), orList(['a', 'b']), orList(['a', 'b', 'c'])]).toEqual(['a', 'a or b', 'a, b or c'])
  })
})
