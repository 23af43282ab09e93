// `__proto__`, `constructor` and `prototype` keys at every level of a manifest (metadata,
// annotations, labels, spec, securityContext, containers, volumes) are unknown fields to the API
// server, which drops them: they must not change the verdict, must not reach a prototype, and
// containers with such names must be reported under those names.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/index'
import { isMap, mapOf, setOwn, type Data, type DataMap } from './data'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { loadPsaFixtures } from './psaFixtures'
import { assertWellFormedReport } from './reportShape'
import { verdictOf } from './verdict'
import { manifest } from './workloadArbitraries'
import { writeJson, writeYaml } from './yamlWriter'

const fixtures = loadPsaFixtures() ?? []

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']
// Maps whose values the API server requires to be strings.
const STRING_MAPS = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector'])

/** The same manifest with prototype keys added to every mapping, each carrying values that would matter if read. */
function withPrototypeKeys(value: Data, parentKey = ''): Data {
  if (Array.isArray(value)) return value.map((item) => withPrototypeKeys(item, parentKey))
  if (!isMap(value)) return value
  const out = mapOf(Object.keys(value).map((key) => [key, withPrototypeKeys(value[key], key)]))
  for (const key of PROTO_KEYS) {
    const bait: Data = STRING_MAPS.has(parentKey)
      ? 'polluted'
      : mapOf([
          ['polluted', true],
          ['privileged', true],
          ['hostPID', true],
          ['kind', 'Deployment'],
          ['runAsNonRoot', false],
          ['prototype', mapOf([['polluted', true]])],
        ])
    setOwn(out, key, bait)
  }
  return out
}

const prototypes = snapshotPrototypes()
function expectNoPollution(): void {
  expect(prototypeChanges(prototypes)).toEqual([])
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'privileged', 'hostPID', 'kind', 'runAsNonRoot']) expect(probe[key]).toBeUndefined()
}

describe('prototype keys at every level', () => {
  it('leave the verdict of generated workloads and upstream fixtures unchanged, in YAML and JSON, and pollute nothing', () => {
    const subject = fixtures.length > 0 ? fc.oneof(manifest, fc.constantFrom(...fixtures.map((f) => f.value))) : manifest
    fc.assert(
      fc.property(subject, fc.integer(), (clean: DataMap, seed) => {
        const expected = verdictOf(evaluate(JSON.stringify(clean)))
        const hostile = withPrototypeKeys(clean)
        for (const text of [writeYaml(hostile, { seed }), writeJson(hostile, seed)]) {
          const report = evaluate(text)
          assertWellFormedReport(report)
          expect(verdictOf(report)).toEqual(expected)
        }
        expectNoPollution()
      }),
      { seed: 20_251_128, numRuns: 40 },
    )
  })

  it('a kind given only under __proto__ is no kind at all', () => {
    const report = evaluate('{"__proto__": {"kind": "Pod", "apiVersion": "v1"}, "spec": {"containers": [{"name": "a"}]}}')
    expect(report.objects).toEqual([])
    expect(report.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('the object has no kind') })])
    expectNoPollution()
  })

  it('containers named __proto__, constructor and toString are reported under those names, annotations included', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: __proto__
  annotations:
    container.apparmor.security.beta.kubernetes.io/__proto__: unconfined
    container.apparmor.security.beta.kubernetes.io/toString: runtime/default
spec:
  containers:
  - name: __proto__
    securityContext: {privileged: true}
  - name: constructor
    securityContext: {privileged: true}
  - name: toString
`
    const report = evaluate(text)
    expect(report.errors).toEqual([])
    const [object] = report.objects
    expect(object.name).toBe('__proto__')
    expect(object.containers.map((c) => c.name)).toEqual(['__proto__', 'constructor', 'toString'])
    const details = Object.fromEntries(object.levels.baseline.violations.map((v) => [v.check, v.detail]))
    expect(Object.keys(details).sort()).toEqual(['appArmorProfile', 'privileged'])
    expect(details.privileged).toBe('containers "__proto__", "constructor" must not set securityContext.privileged=true')
    // Only the unconfined annotation counts, and it is read for the container of that name.
    expect(details.appArmorProfile).toContain('container.apparmor.security.beta.kubernetes.io/__proto__')
    expect(details.appArmorProfile).not.toContain('toString')
    expectNoPollution()
  })

  it('values that hold prototype keys come back as plain objects with those keys as own data', () => {
    const report = evaluate(
      '{"kind": "Pod", "spec": {"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"__proto__": {"type": "spc_t"}, "level": "s0"}}}]}}',
    )
    const value = report.objects[0].containers[0].effective.seLinuxOptions.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true)
    expect(value.type).toBeUndefined()
    // The report still survives the trips the CLI (JSON) and the app's worker (structured clone) give it.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(structuredClone(report)).toEqual(report)
    expectNoPollution()
  })

  it('merge keys that bring __proto__ in do not set a prototype either', () => {
    const report = evaluate(
      'base: &b {"__proto__": {privileged: true}}\nkind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      <<: *b\n  - name: b\n    securityContext: {<<: {"__proto__": {privileged: true}}}\n',
    )
    expect(report.errors).toEqual([])
    expect(report.objects[0].levels.baseline.allowed).toBe(true)
    expectNoPollution()
  })
})
