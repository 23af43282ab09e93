import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The real executable, through tsx, as CI runs it.
const root = fileURLToPath(new URL('../../..', import.meta.url))
const secctx = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/secctx.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  })

describe('bin/secctx.js', () => {
  it('reads standard input and prints one JSON report (exit 0)', () => {
    const result = secctx(['check', '--format', 'json'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: b}]}\n')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ objects: [{ file: '-', name: 'p', highestLevel: 'baseline' }] })
  })

  it('reads standard input once: "-" given twice is the same manifest twice, in every command', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: b}]}\n'
    const checked = secctx(['check', '--format', 'json', '-', '-'], pod)
    expect((JSON.parse(checked.stdout) as { objects: unknown[] }).objects).toHaveLength(2)
    const fixed = secctx(['fix', '--format', 'json', '-', '-'], pod)
    const files = (JSON.parse(fixed.stdout) as { files: { objects: unknown[] }[] }).files
    expect(files.map((file) => file.objects.length)).toEqual([1, 1])
  })

  it('exits 1 below --level and 2 on input errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secctx-'))
    const file = join(dir, 'pod.yaml')
    writeFileSync(file, 'kind: Pod\nspec:\n  hostPID: true\n  containers: [{name: a, image: b}]\n')
    expect(secctx(['check', '--level', 'baseline', file]).status).toBe(1)
    const missing = secctx(['check', join(dir, 'nope.yaml')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('no such file')
    expect(secctx(['check', '--version', 'v2', file]).status).toBe(2)
  })
})
