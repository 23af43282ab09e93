import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../test/testIo'

// Files of the kubectl differential corpus: a Pod with `hostPID: yes`, encoded as PowerShell and others write it.
const corpus = (name: string) => readFileSync(new URL(`../../engine/fixtures/kubectl-read/cases/${name}`, import.meta.url))

describe('secctx check reads a file as kubectl decodes it', () => {
  it.each(['encoding-002-pod-utf16le-bom.yaml', 'encoding-003-pod-utf16be-bom.yaml'])('judges %s', async (name) => {
    const run = await runCli(['check', '--format', 'json', 'pod.yaml'], { files: { 'pod.yaml': corpus(name) } })
    const report = JSON.parse(run.stdout)
    expect(report.errors).toEqual([])
    expect(report.objects[0].levels.baseline.violations.map((v: { check: string }) => v.check)).toEqual(['hostNamespaces'])
    expect(run.code).toBe(0)
  })

  it('reads standard input as bytes too', async () => {
    const run = await runCli(['check', '--format', 'json', '-'], { stdin: corpus('encoding-002-pod-utf16le-bom.yaml') })
    expect(JSON.parse(run.stdout).objects).toHaveLength(1)
  })

  it('reports UTF-16 without a byte-order mark as an unreadable input (exit 2), not as a YAML error', async () => {
    const run = await runCli(['check', 'pod.yaml'], { files: { 'pod.yaml': corpus('encoding-004-pod-utf16le-no-bom.yaml') } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('cannot read pod.yaml: the file looks like UTF-16LE without a byte-order mark')
  })
})
