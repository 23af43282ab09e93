// Metamorphic tests: the Pod Security verdict of an object (its highest level and the set of
// violations at each level) belongs to the data, not to how it is written. Key order, comments,
// quoting, flow or block style, JSON or YAML, CRLF, document markers and the fields a live
// object carries (status, managedFields) must not change it. Upstream fixtures and generated
// workloads are the subjects; seeds are fixed and fast-check prints any counterexample.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/index'
import type { Data } from './data'
import { addServerFields, shuffleKeys } from './irrelevantEdits'
import { loadPsaFixtures, PSA_FIXTURES_ROOT } from './psaFixtures'
import { verdictOf, type ReportVerdict } from './verdict'
import { manifest } from './workloadArbitraries'
import { writeJson, writeYaml } from './yamlWriter'

const fixtures = loadPsaFixtures()
const noFixtures = fixtures === null || fixtures.length === 0
if (noFixtures) console.warn(`metamorphic: upstream PSA fixtures not found at ${PSA_FIXTURES_ROOT}; their cases are skipped`)

const SEED = 20_251_127

/** Every rewrite of the value that must keep its verdict, named for the failure message. */
function rewrites(value: Data, seed: number): [string, string][] {
  return [
    ['JSON', writeJson(value, seed)],
    ['YAML, shuffled keys, any layout', writeYaml(shuffleKeys(value, seed), { seed })],
    ['YAML, block only, no comments', writeYaml(value, { seed, flow: 0, comments: false, whitespace: false })],
    ['YAML, flow only', writeYaml(value, { seed, flow: 1 })],
    ['YAML with status and managedFields', writeYaml(addServerFields(value), { seed })],
    ['JSON with status and managedFields', writeJson(addServerFields(value), seed)],
    ['between empty documents and comments', `# leading comment\n---\n---\n${writeYaml(value, { seed, whitespace: false })}\n...\n---\n# trailing\n`],
  ]
}

function expectSameVerdict(expected: ReportVerdict, value: Data, seed: number, version: string): void {
  for (const [name, text] of rewrites(value, seed)) {
    const actual = verdictOf(evaluate(text, { version }))
    // The text is in the message so a failure can be replayed without re-running the generator.
    expect(actual, `${name}:\n${text}`).toEqual(expected)
  }
}

describe('the verdict is unchanged by edits that do not change the data', () => {
  it.skipIf(noFixtures)('for upstream fixtures, against their own text', () => {
    const all = fixtures ?? []
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.integer(), (index, seed) => {
        const { text, value, version } = all[index]
        const expected = verdictOf(evaluate(text, { version }))
        expect(expected.errors, all[index].id).toBe(0)
        expectSameVerdict(expected, value, seed, version)
      }),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('for generated workloads and Lists, against their compact JSON', () => {
    fc.assert(
      fc.property(manifest, fc.integer(), (value, seed) => {
        const expected = verdictOf(evaluate(JSON.stringify(value)))
        expect(expected.errors).toBe(0)
        expectSameVerdict(expected, value, seed, 'latest')
      }),
      { seed: SEED + 1, numRuns: 150 },
    )
  })
})
