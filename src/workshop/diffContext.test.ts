import { describe, expect, it } from 'vitest'
import { diffLines } from '@secctx/engine'
import { withContext } from './diffContext'

const text = (lines: string[]) => lines.join('\n')

describe('withContext', () => {
  it('keeps changes with two lines around them and folds the rest', () => {
    const before = text(['1', '2', '3', '4', '5', '6', '7', '8'])
    const after = text(['1', '2', '3', '4', '5', '6', '7', 'eight'])
    expect(withContext(diffLines(before, after))).toEqual([
      { kind: 'gap', count: 5 },
      { kind: 'same', text: '6' },
      { kind: 'same', text: '7' },
      { kind: 'removed', text: '8' },
      { kind: 'added', text: 'eight' },
    ])
  })
})
