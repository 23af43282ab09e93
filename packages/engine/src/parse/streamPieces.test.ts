import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate'
import { mergeReports } from '../evaluateMerge'
import { streamPieces } from './streamPieces'

const pod = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: app:1\n${extra}`

// Every kind of document a cut can meet: comments, empty and null documents, `...`, Lists, skipped
// kinds, syntax errors, a malformed separator, CRLF and lone-CR line breaks, a duplicate key.
const STREAM = [
  `\ufeff# leading comment\n${pod('a')}`,
  `---\n${pod('b', '      securityContext:\n        privileged: true\n')}`,
  '---\n# only a comment\n',
  '---\n',
  `---\n${pod('c')}...\n`,
  '---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: d}\n    spec: {containers: [{name: x, image: y}]}\n',
  '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n',
  '---\na: [unclosed\n',
  '---\nnull\n',
  `---\n${pod('e')}`,
  '--- # marker with a comment\n' + pod('f'),
  `--- not a separator\n${pod('g')}`,
  `---\r\n${pod('h').replaceAll('\n', '\r\n')}`,
  `---\n${pod('i').replace('metadata:\n', 'metadata:\r')}`,
  `---\n${pod('j', '      securityContext:\n        runAsUser: 0\n        runAsUser: 1\n')}`,
  `---\n${pod('k', '      securityContext:\n        runAsUser: 0\n')}`,
].join('')

function inPieces(text: string, pieceChars: number) {
  return streamPieces(text, pieceChars).map((piece) => evaluate(piece.text, { file: 'all.yaml', start: piece.start }))
}

describe('streamPieces', () => {
  it('cuts a stream into pieces that evaluate to the whole stream, whatever the piece size', () => {
    const whole = evaluate(STREAM, { file: 'all.yaml' })
    expect(whole.objects.length).toBeGreaterThan(8)
    expect(whole.errors.length).toBeGreaterThan(1)
    expect(whole.objects.some((object) => object.problems.some((problem) => problem.code === 'duplicate-key'))).toBe(true)
    for (const pieceChars of [1, 40, 200, 500, STREAM.length]) {
      const pieces = streamPieces(STREAM, pieceChars)
      if (pieceChars < 200) expect(pieces.length).toBeGreaterThan(8)
      expect(pieces.map((piece) => piece.text).join('')).toBe(STREAM.slice(1))
      expect(mergeReports(inPieces(STREAM, pieceChars))).toEqual(whole)
    }
  })

  it('never starts a piece at a malformed separator, which belongs to the document before it', () => {
    const pieces = streamPieces(STREAM, 1)
    expect(pieces.some((piece) => piece.text.startsWith('--- not'))).toBe(false)
  })

  it('keeps a short stream and a JSON stream in one piece', () => {
    expect(streamPieces(STREAM, STREAM.length)).toHaveLength(1)
    const json = `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}}\n---\n${pod('b')}`
    expect(streamPieces(json, 1)).toEqual([{ text: json, start: { line: 1, document: 0 } }])
  })

  it('refuses a start that is not a place in a stream', () => {
    const report = evaluate(pod('a'), { start: { line: 0, document: 0 } })
    expect(report.objects).toEqual([])
    expect(report.errors[0]?.message).toMatch(/invalid start/)
  })
})
