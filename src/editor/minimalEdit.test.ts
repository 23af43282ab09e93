import { describe, expect, it } from 'vitest'
import { minimalEdit, type TextEdit } from './minimalEdit'

const apply = (before: string, edit: TextEdit | null) => (edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before)

describe('minimalEdit', () => {
  it('returns null for equal text', () => {
    expect(minimalEdit('same', 'same')).toBeNull()
  })

  it('replaces only the changed middle', () => {
    expect(minimalEdit('runAsUser: 0\nprivileged: true\n', 'runAsUser: 1000\nprivileged: true\n')).toEqual({
      start: 11,
      end: 11,
      text: '100',
    })
  })

  it.each([
    ['', 'kind: Pod'],
    ['kind: Pod', ''],
    ['aaa', 'aaaa'],
    ['abcabc', 'abc'],
    ['a\r\nb', 'a\nb'],
    ['x😀y', 'x😁y'],
    ['😀', '😀😀'],
  ])('turns %j into %j', (before, after) => {
    expect(apply(before, minimalEdit(before, after))).toBe(after)
  })

  it('does not cut a surrogate pair or a CRLF in half', () => {
    const emoji = minimalEdit('x😀y', 'x😁y')!
    expect(emoji.start).toBe(1)
    expect(emoji.end).toBe(3)
    const crlf = minimalEdit('a\r\nb', 'a\r\r\nb')!
    expect(crlf.start).toBeLessThanOrEqual(1)
    expect(crlf.end).toBeGreaterThanOrEqual(3)
  })
})
