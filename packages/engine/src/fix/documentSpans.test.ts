import { describe, expect, test } from 'vitest'
import { applyEdits, evaluate, fixManifest, fixObject } from '../index'
import { documentSpans } from './documentSpans'

const pod = (name: string, indent?: number) =>
  JSON.stringify(
    { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'a', image: 'i', securityContext: { privileged: true } }] } },
    null,
    indent,
  )
const X = pod('x').replace(',"securityContext":{"privileged":true}', '')
const Y = pod('y')

describe('documentSpans', () => {
  test('YAML documents are whole lines; JSON values that share a line are cut at their own ends', () => {
    const yaml = 'a: 1\n---\nb: 2 # two\n'
    expect([...documentSpans(yaml).values()].map(({ start, end }) => yaml.slice(start, end))).toEqual(['a: 1\n', 'b: 2 # two\n'])
    // Go's decoder (and so kubectl) reads JSON values one after another, with or without white space between.
    const json = `  ${X} ${Y}\n{"kind":"List"}{"kind":"List"}\n`
    expect([...documentSpans(json).values()].map(({ start, end }) => json.slice(start, end))).toEqual([
      `  ${X}`,
      `${Y}\n`,
      '{"kind":"List"}',
      '{"kind":"List"}\n',
    ])
  })

  test('fixObject fixes the JSON value asked for, not the one before it on the line', () => {
    const text = `${X} ${Y}`
    const fixes = fixObject(text, { document: 1, item: null }, { level: 'baseline' })
    expect(fixes?.name).toBe('y')
    expect(fixes?.fixes.map((f) => f.check)).toEqual(['privileged'])
    const fixed = applyEdits(text, fixes!.patch!.edits)
    expect(fixed.startsWith(`${X} `)).toBe(true)
    expect(evaluate(fixed).objects.map((o) => [o.name, o.levels.baseline.allowed])).toEqual([
      ['x', true],
      ['y', true],
    ])
  })

  test('fixManifest fixes each JSON value where it is, when they share lines', () => {
    const parts: Array<[string, string, string]> = [
      [Y, ' ', Y],
      [pod('x', 2), '', `${pod('y', 2)}\n`],
    ]
    for (const [first, between, second] of parts) {
      const fixed = fixManifest(first + between + second, { level: 'restricted' })
      expect(fixed.objects.map((o) => o.allowed)).toEqual([true, true])
      // The same edits as fixing each value alone.
      const alone = (text: string) => fixManifest(text, { level: 'restricted' }).text
      expect(fixed.text).toBe(alone(first) + between + alone(second))
    }
  })
})
