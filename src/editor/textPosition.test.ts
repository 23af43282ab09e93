import { describe, expect, it } from 'vitest'
import { offsetAt, positionAt } from './textPosition'

const text = 'kind: Pod\nspec:\n  containers: []\n'

describe('offsetAt / positionAt', () => {
  it('round-trips line and column', () => {
    for (const [line, column] of [
      [1, 1],
      [2, 3],
      [3, 5],
      [4, 1],
    ] as const) {
      expect(positionAt(text, offsetAt(text, line, column))).toEqual({ line, column })
    }
  })

  it('clamps past the end of a line or of the text', () => {
    expect(offsetAt(text, 2, 99)).toBe(text.indexOf('\n', 10))
    expect(offsetAt(text, 99, 1)).toBe(text.length)
    expect(offsetAt(text, 1, 0)).toBe(0)
  })
})
