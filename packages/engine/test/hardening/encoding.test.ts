// Bytes that are not clean UTF-8 text: invalid sequences (decoded to U+FFFD as the CLI decodes a
// file), Latin-1 and UTF-16 files, binary garbage, NUL bytes, byte-order marks where files get
// concatenated, lone surrogates (a browser can paste them), control characters and old line
// endings. Each gives a result or a clear error with its place; none throws.
import { describe, expect, it } from 'vitest'
import { evaluate, type Report } from '../../src/index'
import { SMALL_BUDGET, assertWithin, measure } from './budget'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { assertWellFormedReport } from './reportShape'
import { seededRandom } from './data'

/** Decodes bytes the way the CLI reads a file or standard input. */
const asCliReadsIt = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))).toString('utf8')

const POD = (name: string) => `kind: Pod\nmetadata: {name: ${name}}\nspec:\n  hostPID: true\n  containers: [{name: a}]\n`

function evaluateChecked(text: string): Report {
  const prototypes = snapshotPrototypes()
  const { value: report, cost } = measure(() => evaluate(text, { file: 'bytes.yaml' }))
  assertWithin(cost, SMALL_BUDGET, 'the input')
  assertWellFormedReport(report)
  expect(prototypeChanges(prototypes)).toEqual([])
  return report
}

describe('invalid UTF-8, as the CLI decodes it', () => {
  it('invalid and truncated sequences become U+FFFD inside values, and the object is evaluated', () => {
    const text = asCliReadsIt(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "caf',
      [0xe9],
      '"\n  annotations:\n    bytes: "',
      [0xc3, 0x28, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80],
      '"\nspec:\n  hostPID: true\n  containers: [{name: "c',
      [0xf0, 0x9f, 0x98],
      '"}]\n',
    )
    expect(text).toContain('\uFFFD')
    const report = evaluateChecked(text)
    expect(report.errors).toEqual([])
    expect(report.objects[0].name).toBe('caf\uFFFD')
    expect(report.objects[0].containers[0].name).toBe('c\uFFFD')
    expect(report.objects[0].levels.baseline.violations[0]).toMatchObject({ check: 'hostNamespaces', locations: [{ line: 8 }] })
  })

  it('U+FFFD in keys and plain scalars is ordinary text', () => {
    const report = evaluateChecked(asCliReadsIt('kind: Pod\nmetadata:\n  name: x', [0xff], 'y\n  labels: {', [0x80], ': v}\nspec: {containers: [{name: a}]}\n'))
    expect(report.errors).toEqual([])
    expect(report.objects[0].name).toBe('x\uFFFDy')
  })

  it('a Latin-1 file: accented letters become U+FFFD, nothing fails', () => {
    const report = evaluateChecked(Buffer.from('kind: Pod\nmetadata: {name: "déjà-vu"}\nspec: {containers: [{name: a}]}\n', 'latin1').toString('utf8'))
    expect(report.objects[0].name).toBe('d\uFFFDj\uFFFD-vu')
  })

  it('a UTF-16 file (as Windows PowerShell 5 writes with >): a clear error at line 1, no object', () => {
    const report = evaluateChecked(Buffer.from(`\uFEFF${POD('utf16')}`, 'utf16le').toString('utf8'))
    expect(report.objects).toEqual([])
    expect(report.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/null byte/) })])
  })

  it('64 KB of binary garbage: errors as data, within budget', () => {
    const random = seededRandom(7)
    const bytes = Array.from({ length: 64 * 1024 }, () => Math.floor(random() * 256))
    const report = evaluateChecked(asCliReadsIt(bytes))
    expect(report.objects).toEqual([])
    expect(report.errors.length).toBeGreaterThan(0)
  })
})

describe('NUL bytes', () => {
  it('a NUL in one document is an error of that document at the NUL; the others are evaluated', () => {
    const report = evaluateChecked(`${POD('one')}---\nkind: Pod\nmetadata: {name: "t\u0000wo"}\n---\n${POD('three')}`)
    expect(report.objects.map((o) => o.name)).toEqual(['one', 'three'])
    expect(report.errors).toEqual([
      expect.objectContaining({ document: 1, line: 8, column: 20, message: expect.stringMatching(/^YAML syntax error: a null byte is not allowed/) }),
    ])
  })

  it('a NUL in a comment or at the very start is refused the same way', () => {
    expect(evaluateChecked(`kind: Pod # \u0000\n`).errors).toEqual([
      expect.objectContaining({ line: 1, column: 13, message: expect.stringMatching(/null byte/) }),
    ])
    expect(evaluateChecked(`\u0000${POD('x')}`).errors).toEqual([expect.objectContaining({ line: 1, column: 1 })])
  })
})

describe('byte-order marks', () => {
  it('a BOM at the start: read, and columns do not count it', () => {
    const plain = evaluateChecked(POD('one'))
    const withBom = evaluateChecked(`\uFEFF${POD('one')}`)
    expect(withBom.errors).toEqual([])
    expect(withBom.objects[0].levels).toEqual(plain.objects[0].levels)
    expect(withBom.objects[0].location).toEqual(plain.objects[0].location)
  })

  it("a BOM before a later document's --- marker, or after a ... marker: read as kubectl reads it", () => {
    // `\uFEFF---` is no separator for kubectl's line reader, and go-yaml then finds the marker one
    // column in: kubectl refuses the document. After `...` without `---`, go-yaml stops reading.
    const marker = evaluateChecked(`${POD('one')}\uFEFF---\n${POD('two')}`)
    expect(marker.objects).toEqual([])
    expect(marker.errors).toEqual([expect.objectContaining({ document: 0, message: expect.stringMatching(/^YAML syntax error/) })])
    expect(evaluateChecked(`${POD('one')}...\n\uFEFF${POD('two')}`).objects.map((o) => o.name)).toEqual(['one'])
  })

  it('a BOM right after a --- line, as `cat` of files saved with BOMs gives: the document is read as kubectl reads it', () => {
    // kubectl splits the stream at --- lines and decodes each document separately; go-yaml skips a
    // BOM at the start of each, so the second Pod is a Pod.
    const report = evaluateChecked(`${POD('one')}---\n\uFEFF${POD('two')}`)
    expect(report.errors).toEqual([])
    expect(report.objects.map((o) => o.name)).toEqual(['one', 'two'])
  })

  it('a BOM inside a value is kept as a character', () => {
    expect(evaluateChecked(`kind: Pod\nmetadata: {name: "a\uFEFFb"}\nspec: {containers: [{name: a}]}\n`).objects[0].name).toBe('a\uFEFFb')
  })
})

describe('other characters', () => {
  it('lone surrogates (no UTF-8 file can hold one): a clear error at the place, quoted or not', () => {
    const quoted = evaluateChecked('kind: Pod\nmetadata: {name: "a\ud800b"}\nspec: {containers: [{name: "\udc00"}]}\n')
    expect(quoted.errors).toEqual([expect.objectContaining({ line: 2, column: 20, message: expect.stringMatching(/non-printable character U\+D800/) })])
    const plain = evaluateChecked('kind: Pod\nmetadata: {name: a\ud800b}\n')
    expect(plain.errors).toEqual([expect.objectContaining({ line: 2, column: 19, message: expect.stringMatching(/non-printable/) })])
  })

  it('control characters: escaped in double quotes they are data; raw they are a clear error', () => {
    expect(evaluateChecked('kind: Pod\nmetadata: {name: "bell\\a\\x1b[2J"}\n').skipped).toEqual([])
    expect(evaluateChecked('kind: Pod\nmetadata: {name: "bell\\a\\x1b[2J"}\nspec: {containers: [{name: a}]}\n').objects[0].name).toBe('bell\u0007\u001b[2J')
    expect(evaluateChecked('kind: Pod\nmetadata: {name: a\u0007b}\n').errors).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/non-printable/) }),
    ])
  })

  it('CRLF and old Mac CR line endings: same verdict, same lines; CR-only text is one document, as kubectl reads it', () => {
    const lf = evaluateChecked(`${POD('one')}---\n${POD('two')}`)
    const lines = (report: Report) => report.objects.map((o) => [o.name, o.location.line, o.levels.baseline.violations[0].locations[0].line])
    expect(lines(evaluateChecked(`${POD('one')}---\n${POD('two')}`.replaceAll('\n', '\r\n')))).toEqual(lines(lf))
    // kubectl splits documents at LF only; go-yaml then reads the first document of the text.
    expect(lines(evaluateChecked(`${POD('one')}---\n${POD('two')}`.replaceAll('\n', '\r')))).toEqual(lines(lf).slice(0, 1))
  })
})
