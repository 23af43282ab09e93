import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from './index'
import { parseManifests } from './parseManifests'

function billionLaughs(levels: number): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < levels; level++) {
    const previous = String.fromCharCode(96 + level)
    const name = String.fromCharCode(97 + level)
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
  }
  return lines.join('\n')
}

describe('hostile input', () => {
  it('refuses a billion-laughs alias bomb, as an error of that document only', () => {
    const result = parseManifests(`${billionLaughs(10)}\n---\nkind: Pod\n`)
    expect(result.errors).toEqual([
      { document: 0, message: expect.stringContaining(`more than ${MAX_ALIAS_EXPANSION} nodes`), range: expect.objectContaining({ line: 6 }) },
    ])
    expect(result.documents.map((d) => d.value)).toEqual([{ kind: 'Pod' }])
  })

  it('still reads modest alias use', () => {
    const result = parseManifests('sc: &sc {runAsNonRoot: true}\na: *sc\nb: *sc\n')
    expect(result.errors).toEqual([])
    expect(result.documents[0].value).toEqual({ sc: { runAsNonRoot: true }, a: { runAsNonRoot: true }, b: { runAsNonRoot: true } })
  })

  it('refuses an alias inside its own anchor (which would build a cycle)', () => {
    const result = parseManifests('a: &r {b: *r}\n')
    expect(result.documents).toEqual([])
    expect(result.errors[0].message).toMatch(/refers to its own enclosing anchor/)
  })

  it('refuses documents nested deeper than the limit, directly or through aliases', () => {
    const deep = parseManifests(`${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}`)
    expect(deep.errors[0].message).toMatch(`deeper than ${MAX_DEPTH} levels`)
    // 60 levels each, stacked through aliases: each document is within the parser's limit on its own.
    const level = (inner: string) => `${'['.repeat(60)}${inner}${']'.repeat(60)}`
    const stacked = parseManifests(`a: &a ${level('1')}\nb: &b ${level('*a')}\nc: &c ${level('*b')}\nd: ${level('*c')}\n`)
    expect(stacked.errors[0].message).toMatch(/aliases nest the document deeper/)
  })

  it('keeps __proto__ and constructor keys as plain data and never pollutes prototypes', () => {
    const text = '__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nspec:\n  __proto__: {polluted: yes}\n'
    const [document] = parseManifests(text).documents
    const value = document.value as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(value.spec)).toBe(Object.prototype)
    expect(document.locate(['spec', '__proto__', 'polluted']).exact).toBe(true)
  })

  it('keeps __proto__ keys in JSON input as plain data too', () => {
    parseManifests('{"__proto__": {"polluted": true}, "kind": "Pod"}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('turns a null byte into an error of its document', () => {
    const result = parseManifests('a: 1\n---\nb: "\u0000"\n---\nc: 3\n')
    expect(result.documents.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }])
    expect(result.errors).toHaveLength(1)
  })

  it('never throws, whatever the text', () => {
    const yamlish = fc.stringMatching(/^[-:&*!|>'"{}[\],#%@`?\n a-z0-9_<]{0,80}$/)
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const result = parseManifests(text)
        for (const document of result.documents) document.locate(['a', 0, 'b'])
        for (const error of result.errors) expect(error.range.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 1500 },
    )
  })
})

describe('many small documents that each warn or fail', () => {
  // The cost per document is a bench row (scaling: 30,000 erroring documents); here, that every one is accounted for.
  it('30,000 documents with a duplicate key: 30,000 warnings, each at its own line, in stream order', () => {
    const result = parseManifests(Array(30_000).fill('a: 1\na: 2\n').join('---\n'))
    expect(result.documents).toHaveLength(30_000)
    expect(result.warnings.map((w) => w.document)).toEqual(Array.from({ length: 30_000 }, (_, i) => i))
    expect(result.warnings[29_999].range.line).toBe(29_999 * 3 + 2)
  })

  it('30,000 documents with a syntax error: 30,000 errors, each in its own document', () => {
    const result = parseManifests(Array(30_000).fill('a: [oops\n').join('---\n'))
    expect(result.documents).toEqual([])
    expect(result.errors.map((e) => e.document)).toEqual(Array.from({ length: 30_000 }, (_, i) => i))
    expect(result.errors[29_999].range.line).toBe(29_999 * 2 + 1)
  })
})
