// Exact patches for representative inputs: each `golden/<name>` is fixed to restricted at latest and
// must give `golden/<name>.fixed` byte for byte (UPDATE_GOLDEN=1 rewrites those; review the diff).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { evaluate } from '../index'
import { applyEdits, fixManifest, fixObject } from './index'

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden')
const inputs = readdirSync(folder)
  .filter((name) => !name.includes('.fixed.'))
  .sort()
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8')
const fixedName = (name: string) => name.replace(/(\.[a-z]+)$/, '.fixed$1')

describe('exact patches', () => {
  for (const name of inputs) {
    test(name, () => {
      const text = read(name)
      const fixed = fixManifest(text)
      const expected = path.join(folder, fixedName(name))
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expected)) writeFileSync(expected, fixed.text)
      expect(fixed.text).toBe(read(fixedName(name)))
      expect(fixed.objects.every((o) => o.allowed)).toBe(true)
      expect(evaluate(fixed.text).objects.every((o) => o.levels.restricted.allowed)).toBe(true)
    })
  }

  test('each per-check fix, applied alone, is the patch its diff shows and passes its check', () => {
    const text = read('deployment-comments.yaml')
    const fixes = fixObject(text, { document: 0, item: null })?.fixes ?? []
    expect(fixes.map((f) => f.check)).toEqual([
      'hostNamespaces',
      'privileged',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    for (const fix of fixes) {
      const after = evaluate(applyEdits(text, fix.edits)).objects[0]
      expect(after.levels.restricted.violations.map((v) => v.check)).not.toContain(fix.check)
    }
    const escalation = fixes.find((f) => f.check === 'allowPrivilegeEscalation')
    expect(escalation?.label).toBe('changes-behaviour')
    expect(escalation?.diff).toBe(
      [
        '--- a',
        '+++ b',
        '@@ -18,7 +18,8 @@',
        '             - containerPort: 8080',
        '           securityContext:',
        '-            privileged: true   # legacy',
        '+            # legacy',
        '             capabilities:',
        '               add: ["NET_ADMIN"]',
        '+            allowPrivilegeEscalation: false',
        '           volumeMounts:',
        '             - name: logs',
        '',
      ].join('\n'),
    )
  })

  test('the fixes of one object of a stream edit only its own document, at offsets in the whole text', () => {
    const text = read('list-and-cronjob.yaml')
    const second = text.indexOf('# second document')
    const patch = fixObject(text, { document: 1, item: null })?.patch
    expect(patch?.edits.every((e) => e.start >= second)).toBe(true)
    const fixed = evaluate(applyEdits(text, patch?.edits ?? []))
    expect(fixed.objects.map((o) => o.levels.restricted.allowed)).toEqual([false, true])
    expect(patch?.diff).toMatch(/^@@ -2\d,/m)
  })

  test('an edit inside an anchor says that its aliases change too', () => {
    const fix = fixObject(read('anchor-shared.yaml'), { document: 0, item: null })?.fixes[0]
    expect(fix?.description).toMatch(/it edits &shared, so everything that reuses it changes too\.$/)
  })

  test('a byte-order mark stays and edits count it', () => {
    const text = '\uFEFF' + read('crlf.yaml')
    const result = fixObject(text, { document: 0, item: null })
    expect(applyEdits(text, result?.patch?.edits ?? [])).toBe('\uFEFF' + read('crlf.fixed.yaml'))
  })
})
