// Property-based fuzzing of evaluate(): whatever the text (upstream fixtures and generated
// workloads after structural mutations and textual damage, random trees, random text), it returns
// a well-formed Report, never throws, and never touches a built-in prototype. Seeds are fixed so
// a run is reproducible; fast-check prints the seed and path of any failure to replay it.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { evaluate } from '../../src/index'
import { mapOf, type Data } from './data'
import { applyMutations, applyTextDamage, HOSTILE_KEYS, mutation, textDamage, anyValue } from './mutations'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { loadPsaFixtures, PSA_FIXTURES_ROOT } from './psaFixtures'
import { assertWellFormedReport } from './reportShape'
import { manifest } from './workloadArbitraries'
import { writeJson, writeYaml } from './yamlWriter'

const fixtures = loadPsaFixtures()
const noFixtures = fixtures === null || fixtures.length === 0
if (noFixtures) console.warn(`fuzz: upstream PSA fixtures not found at ${PSA_FIXTURES_ROOT}; their cases are skipped`)

const SEED = 20_251_126
const prototypes = snapshotPrototypes()
const version = fc.oneof(
  fc.constant('latest'),
  fc.integer({ min: 0, max: 40 }).map((minor) => `v1.${minor}`),
)

/** The whole contract for one input: a well-formed, cloneable report and untouched prototypes. */
function expectSafeEvaluation(text: string, requested: string): void {
  const report = evaluate(text, { version: requested, file: 'fuzz.yaml' })
  assertWellFormedReport(report)
  // The app posts reports from a Web Worker, which structured-clones them.
  structuredClone(report)
  const changes = prototypeChanges(prototypes)
  if (changes.length > 0) throw new Error(`prototype pollution: ${changes.join(', ')}`)
}

/** Data written as YAML or JSON, with damage to the text afterwards. */
const written = (value: fc.Arbitrary<Data>) =>
  fc
    .record({
      value,
      mutations: fc.array(mutation, { maxLength: 4 }),
      layout: fc.integer(),
      json: fc.boolean(),
      damage: fc.array(textDamage, { maxLength: 3 }),
    })
    .map(({ value, mutations, layout, json, damage }) => {
      const mutated = applyMutations(value, mutations)
      return applyTextDamage(json ? writeJson(mutated, layout) : writeYaml(mutated, { seed: layout }), damage)
    })

describe('evaluate() never throws and always returns a well-formed report', () => {
  it.skipIf(noFixtures)('on upstream fixtures, as written and damaged', () => {
    const all = fixtures ?? []
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.array(textDamage, { minLength: 1, maxLength: 4 }), version, (index, damage, requested) => {
        expectSafeEvaluation(applyTextDamage(all[index].text, damage), requested)
      }),
      { seed: SEED, numRuns: 250 },
    )
  })

  it.skipIf(noFixtures)('on upstream fixtures after mutations, re-serialised and damaged', () => {
    const all = fixtures ?? []
    const fixture = fc.nat({ max: all.length - 1 }).map((index) => all[index].value as Data)
    fc.assert(fc.property(written(fixture), version, expectSafeEvaluation), { seed: SEED + 1, numRuns: 300 })
  })

  it('on generated workloads and Lists after mutations, re-serialised and damaged', () => {
    fc.assert(fc.property(written(manifest), version, expectSafeEvaluation), { seed: SEED + 2, numRuns: 300 })
  })

  it('on random trees of Kubernetes field names', () => {
    const keys = fc.constantFrom(
      ...HOSTILE_KEYS,
      'metadata',
      'annotations',
      'name',
      'initContainers',
      'ephemeralContainers',
      'hostNetwork',
      'hostPID',
      'volumes',
      'hostPath',
      'capabilities',
      'add',
      'drop',
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile',
      'type',
      'sysctls',
      'windowsOptions',
      'hostProcess',
      'os',
      'ports',
      'hostPort',
      'jobTemplate',
      'Pod',
      'Deployment',
      'List',
    )
    const tree: fc.Arbitrary<Data> = fc.letrec<{ node: Data }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        anyValue,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.array(fc.tuple(keys, tie('node')), { maxLength: 5 }).map((entries) => mapOf(entries)),
      ),
    })).node
    const kinds = fc.constantFrom('Pod', 'Deployment', 'CronJob', 'Job', 'List', 'PodList', 'PodTemplate', 'Service', 42, null)
    const object = fc.record({ kind: kinds, spec: tree, template: tree, items: tree, metadata: tree }, { requiredKeys: ['kind'] })
    fc.assert(
      fc.property(object, fc.integer(), fc.boolean(), version, (value, layout, json, requested) => {
        const data = mapOf(Object.entries(value) as [string, Data][])
        expectSafeEvaluation(json ? writeJson(data, layout) : writeYaml(data, { seed: layout }), requested)
      }),
      { seed: SEED + 3, numRuns: 300 },
    )
  })

  it('on random text: any code points, and YAML-heavy alphabets', () => {
    const yamlish = fc.string({ unit: fc.constantFrom(...'-:&*!|>\'"{}[],#%@`?<\n\t \r\\~.0123456789abkindPo\u0000\uFEFF'.split('')), maxLength: 120 })
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), yamlish)
    fc.assert(fc.property(text, version, expectSafeEvaluation), { seed: SEED + 4, numRuns: 400 })
  })

  it('on unknown policy versions and non-text input, as errors', () => {
    const requested = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('v1.', 'v1.-1', 'v1.999999999999999999999', 'V1.30', ' latest', 'v2.0', '__proto__'),
    )
    const input = fc.oneof(fc.constant('kind: Pod\nspec: {containers: [{name: a}]}\n'), fc.constantFrom(null, undefined, 42, {}, ['kind: Pod']))
    fc.assert(
      fc.property(input, requested, (text, v) => {
        const report = evaluate(text as string, { version: v })
        assertWellFormedReport(report)
        if (prototypeChanges(prototypes).length > 0) throw new Error('prototype pollution')
      }),
      { seed: SEED + 5, numRuns: 200 },
    )
  })
})
