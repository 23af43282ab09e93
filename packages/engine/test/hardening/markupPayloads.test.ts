// HTML, script and template payloads in names, annotations, images and container names come back
// in the report as the plain strings they were, unmodified (escaping is the renderer's job, and
// a report that escaped would show `&lt;` to the CLI's users), and nothing in the input is ever
// run: YAML tags that construct functions or call out to a language are refused.
import { describe, expect, it } from 'vitest'
import { parseManifests } from '../../src/parse'
import { evaluate } from '../../src/index'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { assertWellFormedReport } from './reportShape'

const CANARY = '__secctxPayloadRan'
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  `{{constructor.constructor('globalThis.${CANARY}=1')()}}`,
  `\${globalThis.${CANARY}=1}`,
  `'); globalThis.${CANARY} = 1; ('`,
  '<!--',
  ']]><![CDATA[',
  '&lt;already-escaped&gt; &amp; &#x3C;',
  '\u202egnp.exe',
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
]

/** A pod with the payload everywhere a string can go, written as JSON so every payload is exactly representable. */
function podWith(payload: string, index: number): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: payload,
      namespace: payload,
      labels: { app: payload },
      annotations: { [payload]: payload, description: payload, [`container.apparmor.security.beta.kubernetes.io/${payload}`]: 'unconfined' },
    },
    spec: {
      containers: [{ name: payload, image: `${payload}:${index}`, securityContext: { privileged: true, seLinuxOptions: { type: payload } } }],
    },
  })
}

describe('markup and script payloads', () => {
  const prototypes = snapshotPrototypes()

  it.each(PAYLOADS.map((payload, index) => [JSON.stringify(payload), payload, index] as const))(
    '%s is carried as a plain, unmodified string',
    (_, payload, index) => {
      const report = evaluate(podWith(payload, index), { file: payload })
      assertWellFormedReport(report)
      expect(report.errors).toEqual([])
      const [object] = report.objects
      expect(object.file).toBe(payload)
      expect(object.name).toBe(payload)
      expect(object.namespace).toBe(payload)
      expect(object.containers[0].name).toBe(payload)
      expect(object.containers[0].effective.seLinuxOptions.value).toEqual({ type: payload })
      const checks = Object.fromEntries(object.levels.baseline.violations.map((v) => [v.check, v.detail]))
      // Upstream's joinQuote puts names between quotes as they are: no escaping of any kind.
      expect(checks.privileged).toBe(`container "${payload}" must not set securityContext.privileged=true`)
      expect(checks.appArmorProfile).toContain(`container.apparmor.security.beta.kubernetes.io/${payload}`)
      if (!payload.includes('&')) expect(JSON.stringify(report)).not.toMatch(/&(lt|gt|quot|amp|#x?[0-9a-f]+);/i)
      expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined()
      expect(prototypeChanges(prototypes)).toEqual([])
    },
  )

  it('YAML tags that other readers use to construct functions or call a language are plain data, as go-yaml (kubectl) reads them, and run nothing', () => {
    const tags: [string, unknown][] = [
      [`!!js/function "function () { globalThis.${CANARY} = 1 }"`, `function () { globalThis.${CANARY} = 1 }`],
      ['!!js/undefined ""', ''],
      ['!!js/regexp /x/', '/x/'],
      ['!!python/object/apply:os.system ["touch /tmp/pwned"]', ['touch /tmp/pwned']],
      ['!!python/name:os.system ""', ''],
      ['!ruby/object:Gem::Installer {}', {}],
      ['!<tag:yaml.org,2002:js/function> "function () {}"', 'function () {}'],
      ['!!binary aGVsbG8=', 'hello'],
      ['!!set {a, b}', { a: null, b: null }],
      ['!!omap [{a: 1}]', [{ a: 1 }]],
    ]
    for (const [tagged, data] of tags) {
      const report = evaluate(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations: {a: ${tagged}}\nspec: {containers: [{name: a}]}\n`)
      assertWellFormedReport(report)
      expect(report.errors, tagged).toEqual([])
      expect(report.objects, tagged).toHaveLength(1)
      const parsed = parseManifests(`a: ${tagged}\n`).documents[0].value as { a: unknown }
      expect(parsed.a, tagged).toEqual(data)
    }
    expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined()
    expect(prototypeChanges(prototypes)).toEqual([])
  })
})
