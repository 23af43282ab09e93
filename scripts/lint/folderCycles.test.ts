import { describe, expect, it } from 'vitest'
import { findCycles, folderEdge, folderImports, importsOf } from './folderCycles'

describe('folder cycles', () => {
  it('takes an edge where two paths part, none between a folder and its own subfolder', () => {
    expect(folderEdge('a/x/f.ts', 'a/y/z/g.ts')).toEqual(['a/x', 'a/y'])
    expect(folderEdge('store/f.ts', 'store/slices/g.ts')).toBeNull()
    expect(folderEdge('store/slices/g.ts', 'store/f.ts')).toBeNull()
    expect(folderEdge('index.ts', 'pss/index.ts')).toBeNull()
  })

  it('finds a circle through three folders and no circle in a chain', () => {
    const graph = (pairs: [string, string][]) => {
      const edges = new Map<string, Set<string>>()
      for (const [from, to] of pairs) edges.set(from, (edges.get(from) ?? new Set()).add(to))
      return edges
    }
    expect(
      findCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']])
    expect(
      findCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ]),
      ),
    ).toEqual([])
  })

  it('reads static, re-exported and dynamic imports', () => {
    expect(importsOf("import { a } from './a'\nexport { b } from '../b'\nconst c = import('./c')\n")).toEqual(['./a', '../b', './c'])
  })

  it('reads the real app folders', () => {
    expect([...folderImports('src').keys()]).toContain('workshop -> drafts')
  })
})
