import { describe, expect, it } from 'vitest'
import { diffLines } from './lineDiff'

const text = (lines: string[]) => lines.join('\n')

describe('diffLines', () => {
  it('marks removed and added lines between unchanged ones', () => {
    expect(diffLines(text(['a', 'b', 'c']), text(['a', 'x', 'c']))).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ])
  })

  it('finds a minimal diff when lines move around an insertion', () => {
    const diff = diffLines(text(['a', 'b', 'c', 'd']), text(['a', 'c', 'd', 'e']))
    expect(diff.filter((line) => line.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'e' },
    ])
  })

  it('rebuilds both texts from the diff', () => {
    const before = text(['k: 1', 'x', 'y', 'z', 'k: 2', ''])
    const after = text(['k: 1', 'y', 'new', 'z', 'k: 3', ''])
    const diff = diffLines(before, after)
    expect(text(diff.filter((l) => l.kind !== 'added').map((l) => l.text))).toBe(before)
    expect(text(diff.filter((l) => l.kind !== 'removed').map((l) => l.text))).toBe(after)
  })

  it('shows nothing changed for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb').every((line) => line.kind === 'same')).toBe(true)
  })
})
