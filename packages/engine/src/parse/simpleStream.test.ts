/**
 * The fast reader must be invisible: wherever it reads a stream, the values (own keys in order,
 * prototypes, -0) and the source tree must be exactly what the full go-yaml reader gives, and
 * wherever that reader would refuse, warn or read differently it must give up. Checked on hand-picked cases,
 * on the golden fixtures in several dump styles, and on thousands of seeded random edits of them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { dump } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { decodeDocument } from './goyaml/decode'
import { parseFirstDocument } from './goyaml/parser'
import { MAX_DEPTH } from './limits'
import { readSimpleStream } from './simpleStream'
import { splitYamlDocuments } from './yamlDocuments'

/** What the full go-yaml reader reads: every document's value and source tree, or why it refuses or warns. */
function slowPath(text: string): { value: unknown; root: unknown }[] | string {
  try {
    const documents: { value: unknown; root: unknown }[] = []
    for (const [index, chunk] of splitYamlDocuments(text).entries()) {
      if (chunk.error) return `error: ${chunk.error.message}`
      const node = parseFirstDocument(text, chunk.start, chunk.end, MAX_DEPTH, index > 0)
      if (!node) continue
      const decoded = decodeDocument(node)
      if (decoded.warnings.length > 0) return `warning: ${decoded.warnings[0].message}`
      if (decoded.value !== null) documents.push({ value: decoded.value, root: decoded.root })
    }
    return documents
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** The first difference between two values, comparing own keys in order, prototypes and scalars with Object.is. */
function difference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? null : `${path}: ${String(a)} ≠ ${String(b)}`
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`
  const entries = (x: object) => (x instanceof Map ? [...x.entries()] : Reflect.ownKeys(x).map((key) => [key, (x as Record<PropertyKey, unknown>)[key]]))
  const left = entries(a)
  const right = entries(b)
  if (left.length !== right.length) return `${path}: ${left.length} ≠ ${right.length} entries`
  for (let i = 0; i < left.length; i++) {
    if (left[i][0] !== right[i][0]) return `${path}: key ${String(left[i][0])} ≠ ${String(right[i][0])}`
    const found = difference(left[i][1], right[i][1], `${path}.${String(left[i][0])}`)
    if (found) return found
  }
  return null
}

/** Null when the fast reader gives up or agrees with the slow path, else what differs. */
function disagreement(text: string): string | null {
  const fast = readSimpleStream(text)
  if (fast === null) return null
  const slow = slowPath(text)
  return typeof slow === 'string' ? `fast path read what the full reader refuses or warns about (${slow})` : difference(fast, slow)
}

const folder = fileURLToPath(new URL('../../fixtures/effective/', import.meta.url))
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(folder + name, 'utf8'))

/** Each fixture as written and re-dumped in the styles people and tools write. */
const seeds = fixtures.flatMap((text) => {
  const read = slowPath(text.split(/^---$/m)[0] ?? text)
  const value = typeof read === 'string' ? null : read[0]?.value
  return [
    text,
    JSON.stringify(value),
    JSON.stringify(value, null, 2),
    dump(value, { flowLevel: 3 }),
    dump(value, { indent: 4, seqNoIndent: true }),
    dump(value, { forceQuotes: true, quoteStyle: 'double' }),
    dump(value, { forceQuotes: true, seqInlineFirst: false }),
    dump(value, { flowLevel: 2, flowBracketPadding: true, flowSkipCommaSpace: true, quoteFlowKeys: true }),
    dump(value, { flowLevel: 1, flowSkipColonSpace: true }),
  ]
})

describe('readSimpleStream', () => {
  it('reads the common manifest styles', () => {
    const read = (text: string) => readSimpleStream(text)?.map((d) => d.value) ?? null
    expect(read('kind: Pod # c\nspec:\n  containers:\n  - name: a\n    ports: [{containerPort: 80}]\n    args: ["-x", \'y\']\n  volumes: []\n')).toEqual([
      { kind: 'Pod', spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }], args: ['-x', 'y'] }], volumes: [] } },
    ])
    expect(read('# lead\n---\na: 1\n---\nb:\n- x\n- z\nc: ~\n')).toEqual([{ a: 1 }, { b: ['x', 'z'], c: null }])
    // JSON text is kubectl's JSON, read by jsonStream.ts; a multi-line flow collection is the full reader's.
    expect(read('{\n  "kind": "Pod",\n  "spec": {"hostPID": true}\n}\n')).toBeNull()
    // go-yaml v2 scalars, resolved by the same schema as the slow path.
    expect(read('privileged: yes\nrunAsUser: 0x10\non: off\n')).toEqual([{ privileged: true, runAsUser: 16, true: false }])
    const proto = readSimpleStream('__proto__: {hostPID: true}\n')?.[0].value as Record<string, unknown>
    expect(Object.keys(proto)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype)
  })

  it('gives up on everything outside its subset, so the full reader reads (or refuses) it', () => {
    const outside = [
      '',
      '# only a comment\n',
      '---\n',
      'a: 1\n---\n',
      'a: 1\n...\n',
      '%YAML 1.1\n---\na: 1\n',
      '- a\n',
      'just text\n',
      '  a: 1\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '<<: {a: 1}\nb: 2\n',
      'a: |\n  text\n',
      'a: >\n  text\n',
      'a: 1\na: 2\n',
      '"a": 1\n"a": 2\n',
      'a: b: c\n',
      'a: 1\n  b: 2\n',
      'a:\n    b: 1\n  c: 2\n',
      'a: multi\n  line\n',
      'a: "open\n  close"\n',
      'a: [1,\n 2]\n',
      'a: "\\q"\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      'a: é\n',
      'a: 1\n- b\n',
      '- - a\n',
      'a: - b\n',
      '? a\n: b\n',
      'a : 1\n',
      'a: "x"#c\n',
      '{"a": 1} x',
      '{"a": 1,}',
      '{"a": 1, "a": 2}',
      '{"a": 1e+3}',
      '{"a": .5}',
      '{"a": b c}',
      '[1, 2]',
      'a: {b}\n',
      'a: {b:c}\n',
      'a: [b: c]\n',
    ]
    for (const text of outside) expect(readSimpleStream(text), JSON.stringify(text)).toBeNull()
  })

  it('agrees with the full reader on the golden fixtures in every dump style', () => {
    expect(seeds.length).toBeGreaterThan(100)
    const read = seeds.filter((text) => readSimpleStream(text) !== null)
    // Most of them are in the subset, or the fast path would buy nothing (JSON is read apart).
    expect(read.length / seeds.length).toBeGreaterThan(0.5)
    for (const text of seeds) expect(disagreement(text), text).toBeNull()
  })

  it('agrees with the full reader on generated manifests', () => {
    const key = fc.constantFrom('kind', 'name', 'spec', 'on', 'y', '1', '0x1', 'null', '__proto__', 'a b', 'a:b', 'a#b', '-x', '.x', '"q"', "it's", '<<', '')
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('yes', '~', '1e3', '-0', '0o7', '1:2', 'a: b', '- x', '# c', '\\', '"'),
    )
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node
    const style = fc.constantFrom<Parameters<typeof dump>[1]>(
      {},
      { flowLevel: 1 },
      { indent: 4, seqNoIndent: true },
      { forceQuotes: true, quoteStyle: 'double' },
      { flowLevel: 2, flowSkipColonSpace: true },
      { seqInlineFirst: false, indent: 3 },
    )
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, fc.boolean(), (object, options, json) => {
        const text = json ? JSON.stringify(object, null, 2) : dump(object, options)
        expect(disagreement(text)).toBeNull()
      }),
      { seed: 20261127, numRuns: 400 },
    )
  })

  it('agrees with the full reader on seeded random edits of the fixtures, or gives up', () => {
    let state = 20261127
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const pieces = [
      ' ',
      '\n',
      ':',
      '-',
      '#',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      'a',
      '1',
      '&',
      '*',
      '!',
      '|',
      '>',
      '?',
      '%',
      '@',
      '`',
      '\\',
      '.',
      '~',
      ': ',
      '- ',
      '\n  ',
      '\n- ',
      '---\n',
      '...\n',
      '<<',
      'y',
      '  ',
    ]
    let accepted = 0
    for (let n = 0; n < 3000; n++) {
      let text = pick(seeds)
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1))
        if (random() < 0.5) text = text.slice(0, at) + pick(pieces) + text.slice(at)
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3))
      }
      if (readSimpleStream(text) !== null) accepted++
      expect(disagreement(text), text).toBeNull()
    }
    expect(accepted).toBeGreaterThan(300)
  })
})
