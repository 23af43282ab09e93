import { readFileSync } from 'node:fs'
import { decodeManifestBytes } from '@secctx/engine'
import { describe, expect, it } from 'vitest'
import { runCli } from '../test/testIo'

// UTF-16 without a byte-order mark, which kubectl cannot read either: an input error on standard input too.
const UNDECODABLE = readFileSync(new URL('../../engine/fixtures/kubectl-read/cases/encoding-004-pod-utf16le-no-bom.yaml', import.meta.url))
const decoded = decodeManifestBytes(UNDECODABLE)
const REASON = 'error' in decoded ? decoded.error : ''

describe('every command says the same when it cannot read an input', () => {
  it('has a reason to give for the undecodable input', () => {
    expect(REASON).toMatch(/UTF-16/)
  })

  it.each([
    [['check'], 'missing.yaml:1:1: error: cannot read missing.yaml: no such file\n'],
    [['plan'], 'secctx plan: cannot read missing.yaml: no such file\n'],
    [['fix'], 'secctx fix: cannot read missing.yaml: no such file\n'],
    [['link'], 'secctx link: cannot read missing.yaml: no such file\n'],
  ])('%s names a missing file and says it does not exist', async (command, stderr) => {
    const run = await runCli([...command, 'missing.yaml'])
    expect([run.code, run.stderr]).toEqual([2, stderr])
  })

  it.each([
    [['check'], `<stdin>:1:1: error: cannot read standard input: ${REASON}\n`],
    [['plan'], `secctx plan: cannot read standard input: ${REASON}\n`],
    [['fix'], `secctx fix: cannot read standard input: ${REASON}\n`],
    [['link'], `secctx link: cannot read standard input: ${REASON}\n`],
  ])('%s calls "-" standard input', async (command, stderr) => {
    const run = await runCli([...command, '-'], { stdin: UNDECODABLE })
    expect([run.code, run.stderr]).toEqual([2, stderr])
  })

  it('escapes a hostile file name in every command', async () => {
    const hostile = 'evil\u001b[2J\u202egnp.yaml'
    for (const command of ['check', 'plan', 'fix', 'link']) {
      const run = await runCli([command, hostile])
      expect(run.stderr).toContain('cannot read evil\\x1b[2J\\u202egnp.yaml: no such file')
      expect(run.stderr).not.toMatch(/[\u001b\u202e]/)
    }
  })

  it.each([
    ['check', 'a manifest'],
    ['plan', 'a dump'],
  ])('%s with no FILE and a terminal on standard input says so instead of waiting', async (command, what) => {
    const run = await runCli([command], { stdinIsTTY: true })
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `secctx ${command}: no input: name FILEs or pipe ${what} into standard input (see secctx ${command} --help)\n`,
    ])
  })
})
