import { expect, test } from 'vitest'
import { compareBytes, containersPhrase, joinQuote, plural, settersPhrase, sortedUnique } from './format'

test('plural is singular only for exactly one', () => {
  expect([0, 1, 2].map((n) => plural('volume', 'volumes', n))).toEqual(['volumes', 'volume', 'volumes'])
})

test('joinQuote wraps raw text in quotes without escaping', () => {
  expect(joinQuote(['a', 'b', 'c'])).toBe('"a", "b", "c"')
  expect(joinQuote(['k="v"'])).toBe('"k="v""')
})

test('containersPhrase and settersPhrase', () => {
  expect(containersPhrase(['app'])).toBe('container "app"')
  expect(containersPhrase(['a', 'b'])).toBe('containers "a", "b"')
  expect(settersPhrase(true, [])).toBe('pod')
  expect(settersPhrase(false, ['c', 'd'])).toBe('containers "c", "d"')
  expect(settersPhrase(true, ['x'], 'annotation')).toBe('pod and container "x" and annotation')
})

test('sortedUnique sorts byte-wise and drops duplicates', () => {
  expect(sortedUnique(['b', 'a', 'B', 'a'])).toEqual(['B', 'a', 'b'])
  expect(sortedUnique(['80', '443', '10000'])).toEqual(['10000', '443', '80'])
})

test('compareBytes follows UTF-8 order, not UTF-16, for astral characters', () => {
  const astral = '\u{1F600}'
  const privateUse = '\uE000'
  // UTF-16 puts the surrogate pair first; Go's byte order puts U+E000 (EE 80 80) before U+1F600 (F0 ...).
  expect(astral < privateUse).toBe(true)
  expect(compareBytes(privateUse, astral)).toBeLessThan(0)
  expect(sortedUnique([astral, privateUse, 'z'])).toEqual(['z', privateUse, astral])
  expect(compareBytes('ab', 'abc')).toBeLessThan(0)
  expect(compareBytes('abc', 'abc')).toBe(0)
})
