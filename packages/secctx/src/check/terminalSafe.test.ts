import { describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { paletteFor } from '../colour'
import { renderBlocks, renderErrors } from './renderText'
import { escapeControls } from './terminalSafe'

describe('escapeControls', () => {
  it('writes control characters as visible escapes and keeps other text', () => {
    expect(escapeControls('a\u001b[2Jb\nc\td\u0085e\u2028f')).toBe('a\\x1b[2Jb\\nc\\td\\x85e\\u2028f')
    expect(escapeControls('ContainerUser é 名前')).toBe('ContainerUser é 名前')
  })

  it('writes bidi controls and zero-width characters as visible escapes', () => {
    expect(escapeControls('admin\u202egnp.exe')).toBe('admin\\u202egnp.exe')
    expect(escapeControls('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069')).toBe('a\\u202ab\\u202bc\\u202cd\\u202de\\u2066f\\u2067g\\u2068h\\u2069')
    expect(escapeControls('n\u200bg\u200ci\u200dn\ufeffx\u2060')).toBe('n\\u200bg\\u200ci\\u200dn\\ufeffx\\u2060')
  })
})

describe('text output of a hostile manifest', () => {
  // Controls, a bidi override and a zero-width space in every kind of string a block shows: names,
  // values, paths built from keys, messages quoting values, a skipped object, an input error.
  const bad = 'x\u001b[2J\u202e\u200b\ny'
  const manifest = [
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: bad, annotations: { [`container.apparmor.security.beta.kubernetes.io/${bad}`]: `localhost/${bad}` } },
      spec: {
        hostNetwork: true,
        securityContext: { sysctls: [{ name: bad, value: bad }], seLinuxOptions: { type: bad } },
        volumes: [{ name: bad, hostPath: { path: `/${bad}` } }],
        containers: [
          {
            name: bad,
            image: bad,
            securityContext: { runAsNonRoot: true, capabilities: { add: [bad] }, procMount: bad, seccompProfile: { type: 'Localhost', localhostProfile: bad } },
          },
        ],
      },
    }),
    `---\n${JSON.stringify({ apiVersion: 'v1', kind: `Svc${bad}`, metadata: { name: bad } })}`,
    `---\n${JSON.stringify({ kind: 'Pod', metadata: { name: 'e' }, spec: { containers: bad } })}`,
  ].join('\n')
  const report = evaluate(manifest, { file: `f${bad}.yaml` })

  it('has every such character escaped where it is written, coloured or not, with no copy of the report', () => {
    expect(report.objects).toHaveLength(1)
    expect(report.objects[0]!.gates.kubelet.findings.some((finding) => finding.container === bad)).toBe(true)
    expect(report.skipped.length + report.errors.length).toBeGreaterThan(0)
    for (const palette of [paletteFor({ isTTY: false, env: {} }), paletteFor({ isTTY: true, env: {} })]) {
      const text = `${renderBlocks(report, palette).join('\n\n')}\n${renderErrors(report, palette)}`
      // Only the palette's own colour codes remain; line breaks only where the renderer puts them.
      const stripped = text.replace(/\u001b\[\d+m/g, '')
      expect(stripped).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/)
      expect(stripped).toContain('x\\x1b[2J\\u202e\\u200b\\ny')
      expect(text.split('\n').every((line) => !line.startsWith('y'))).toBe(true)
    }
  })
})
