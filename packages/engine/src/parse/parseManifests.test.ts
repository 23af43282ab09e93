import { describe, expect, it } from 'vitest'
import { parseManifests } from './parseManifests'

const values = (text: string) => parseManifests(text).documents.map((d) => [d.index, d.value])

describe('parseManifests: streams', () => {
  it('reads every document of a stream and keeps their stream index', () => {
    expect(values('a: 1\n---\nb: 2\n---\nc: 3\n')).toEqual([
      [0, { a: 1 }],
      [1, { b: 2 }],
      [2, { c: 3 }],
    ])
  })

  it("ignores empty documents but still counts them, as kubectl's reader does (a run of lines between separators)", () => {
    const result = parseManifests('---\n---\n# only a comment\n---\nkind: Pod\n---\n')
    expect(result.errors).toEqual([])
    expect(result.documents.map((d) => d.index)).toEqual([1])
  })

  it('reads nothing, without errors, from empty or comment-only text', () => {
    for (const text of ['', '\n\n', '# nothing here\n']) expect(parseManifests(text)).toEqual({ documents: [], errors: [], warnings: [] })
  })

  it('confines a syntax error to its document and still reads the others', () => {
    const text = ['kind: Pod', '---', 'kind: Deployment', 'metadata:', '  name: [oops', '---', 'kind: Job', ''].join('\n')
    const result = parseManifests(text)
    expect(result.documents.map((d) => [d.index, d.value])).toEqual([
      [0, { kind: 'Pod' }],
      [2, { kind: 'Job' }],
    ])
    expect(result.errors).toHaveLength(1)
    // The unclosed bracket is reported at the end of its own document's text, not on the next `---`.
    expect(result.errors[0]).toMatchObject({ document: 1, range: { line: 5, column: 14 } })
    expect(result.errors[0].message).toMatch(/^YAML syntax error: /)
  })

  it('reports an error inside a document at its line and column in the whole file', () => {
    const text = 'a: 1\n---\nb: 2\nc: d: e\n---\nf: 3\n'
    const result = parseManifests(text)
    expect(result.errors).toEqual([
      { document: 1, message: expect.stringMatching(/^YAML syntax error: /), range: { line: 4, column: 5, endLine: 4, endColumn: 6 } },
    ])
    expect(values(text)).toEqual([
      [0, { a: 1 }],
      [2, { f: 3 }],
    ])
  })

  it('refuses a directive cut off from its document by a --- line, as kubectl does, and reads on', () => {
    // kubectl's reader splits at every --- line, so `%YAML 1.1` is a document of its own, with no `---`.
    const text = '%YAML 1.1\n---\na: 1\n...\n# after the end marker: never read\n---\nb: ]\n...\n---\nc: 3\n'
    const result = parseManifests(text)
    expect(result.documents.map((d) => [d.index, d.value])).toEqual([
      [1, { a: 1 }],
      [3, { c: 3 }],
    ])
    expect(result.errors.map((e) => [e.document, e.message])).toEqual([
      [0, 'YAML syntax error: did not find expected <document start>'],
      [2, 'YAML syntax error: did not find expected node content'],
    ])
  })

  it('reads a duplicated key last-wins, as kubectl does, with a warning at the duplicate', () => {
    const result = parseManifests('a: 1\na: 2\n---\nb: 1\n')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([
      { document: 0, message: 'duplicate key "a": kubectl keeps the last value', range: { line: 2, column: 1, endLine: 2, endColumn: 2 } },
    ])
    expect(values('a: 1\na: 2\n---\nb: 1\n')).toEqual([
      [0, { a: 2 }],
      [1, { b: 1 }],
    ])
  })

  it('counts columns after a byte-order mark as editors do', () => {
    const [document] = parseManifests('\uFEFFkind: Pod\n').documents
    expect(document.locate(['kind']).range).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 10 })
  })

  it('handles CRLF and lone CR line ends', () => {
    const text = 'a: 1\r\n---\r\nb:\r\n  c: 2\r\n'
    expect(values(text)).toEqual([
      [0, { a: 1 }],
      [1, { b: { c: 2 } }],
    ])
    expect(parseManifests(text).documents[1].locate(['b', 'c']).range).toMatchObject({ line: 4, column: 3 })
  })
})

describe('parseManifests: values as Kubernetes decodes them', () => {
  it('reads JSON, including tab-indented JSON', () => {
    expect(values('{"kind": "Pod", "spec": {"containers": [{"name": "a"}]}}')).toEqual([[0, { kind: 'Pod', spec: { containers: [{ name: 'a' }] } }]])
    expect(values('{\n\t"kind": "Pod",\n\t"n": [\n\t\t1\n\t]\n}')).toEqual([[0, { kind: 'Pod', n: [1] }]])
  })

  it('reads YAML 1.1 booleans the way go-yaml v2 (kubectl) does', () => {
    const [[, value]] = values('privileged: yes\nhostNetwork: on\nrunAsNonRoot: "yes"\nallow: off\n')
    expect(value).toEqual({ privileged: true, hostNetwork: true, runAsNonRoot: 'yes', allow: false })
  })

  it('reads numbers as go-yaml v2 does: octal with a leading 0, no base 60, no timestamps', () => {
    const [[, value]] = values('mode: 0644\nports: 22:22\nwhen: 2024-01-01\nuser: 1_000\n')
    expect(value).toEqual({ mode: 420, ports: '22:22', when: '2024-01-01', user: 1000 })
  })

  it('applies merge keys', () => {
    const [[, value]] = values('base: &b {privileged: true, runAsUser: 0}\nsc:\n  <<: *b\n  runAsUser: 1000\n')
    expect(value).toMatchObject({ sc: { privileged: true, runAsUser: 1000 } })
  })
})
