import { describe, expect, it } from 'vitest'
import { runCli } from './testIo'

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: encoded\nspec:\n  hostNetwork: true\n  containers:\n  - name: app\n    image: nginx\n'

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  const view = new DataView(bytes.buffer)
  if (bom) view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

describe('secctx check reads a file as kubectl decodes it', () => {
  it.each([['UTF-16LE', true], ['UTF-16BE', false]] as const)('judges a %s file with a byte-order mark', async (_, littleEndian) => {
    const run = await runCli(['check', '--format', 'json', 'pod.yaml'], { files: { 'pod.yaml': utf16(pod, littleEndian, true) } })
    const report = JSON.parse(run.stdout)
    expect(report.errors).toEqual([])
    expect(report.objects[0].levels.baseline.violations.map((v: { check: string }) => v.check)).toContain('hostNamespaces')
    expect(run.code).toBe(0)
  })

  it('reads standard input as bytes too', async () => {
    const run = await runCli(['check', '--format', 'json', '-'], { stdin: utf16(pod, true, true) })
    expect(JSON.parse(run.stdout).objects).toHaveLength(1)
  })

  it('reports UTF-16 without a byte-order mark as an unreadable input (exit 2), not as a YAML error', async () => {
    const run = await runCli(['check', 'pod.yaml'], { files: { 'pod.yaml': utf16(pod, true, false) } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('cannot read pod.yaml: the file looks like UTF-16LE without a byte-order mark')
  })
})
