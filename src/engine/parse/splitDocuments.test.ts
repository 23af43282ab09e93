import { describe, expect, it } from 'vitest'
import { splitDocuments } from './splitDocuments'

const pieces = (text: string) => splitDocuments(text).map(({ start, end }) => text.slice(start, end))

describe('splitDocuments', () => {
  it('starts a chunk at every --- line', () => {
    expect(pieces('a: 1\n---\nb: 2\n--- # c\nc: 3')).toEqual(['a: 1\n', '---\nb: 2\n', '--- # c\nc: 3'])
  })

  it('ends a chunk after a ... line', () => {
    expect(pieces('a: 1\n...\nb: 2\n')).toEqual(['a: 1\n...\n', 'b: 2\n'])
  })

  it('joins comments and directives between documents to the next chunk', () => {
    expect(pieces('# head\n%YAML 1.2\n---\na: 1\n...\n# c\n---\nb: 1\n')).toEqual(['# head\n%YAML 1.2\n---\na: 1\n...\n', '# c\n---\nb: 1\n'])
  })

  it('ignores --- that is not at a line start or not followed by a blank', () => {
    expect(pieces('a: ---\nb: ---x\n----\n')).toEqual(['a: ---\nb: ---x\n----\n'])
  })

  it('treats CRLF and CR line ends as line starts', () => {
    expect(pieces('a: 1\r\n---\r\nb: 2\r---\rc: 3')).toEqual(['a: 1\r\n', '---\r\nb: 2\r', '---\rc: 3'])
  })
})
