/** A light tree of source offsets, built by the readers beside the values, to find where a field path is written. */
import type { FieldPath, PathSegment } from '../types'

/** A written value: where it is and, for collections, what it holds. Offsets are absolute; -1 when nothing is written (an empty value). */
export interface Slot {
  start: number
  end: number
  node: SourceNode | null
}

/** A mapping entry: its key's offsets and its value. */
export interface Entry {
  keyStart: number
  keyEnd: number
  value: Slot
}

/**
 * A collection. Entries hold the key that wins as kubectl reads it (the last duplicate, or the
 * entry a merge key brought in); an alias reuses the anchored node, so paths through aliases land
 * where the anchor is written.
 */
export interface SourceNode {
  kind: 'mapping' | 'sequence'
  entries: Map<string, Entry>
  items: Slot[]
}

/** Where a path resolved: the offsets of the deepest existing node and the path to it. */
export interface Resolved {
  start: number
  end: number
  path: PathSegment[]
}

/** Resolves a path as far as it exists; the returned path is the existing prefix. */
export function resolvePath(root: Slot, path: FieldPath): Resolved {
  let slot = root
  let start = root.start
  let end = root.end
  const found: PathSegment[] = []
  for (const segment of path) {
    const node = slot.node
    if (!node) break
    if (typeof segment === 'string' && node.kind === 'mapping') {
      const entry = node.entries.get(segment)
      if (!entry) break
      start = entry.keyStart
      end = entry.value.start === -1 ? entry.keyEnd : entry.value.end
      slot = entry.value
    } else if (typeof segment === 'number' && node.kind === 'sequence' && segment >= 0 && segment < node.items.length) {
      slot = node.items[segment]
      if (slot.start !== -1) {
        start = slot.start
        end = slot.end
      }
    } else break
    found.push(segment)
  }
  return { start, end, path: found }
}
