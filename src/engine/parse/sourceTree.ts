/** A light tree of source offsets built from parser events, to find where a field path is written. */
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml'
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

/** A collection; an alias reuses the anchored node, so paths through aliases land where the anchor is written. */
export interface SourceNode {
  kind: 'mapping' | 'sequence'
  entries: Map<string, Entry>
  items: Slot[]
  /** Mappings merged in with `<<`, consulted in order after the node's own keys, as YAML merge does. */
  merges: SourceNode[]
}

/** Where a path resolved: the offsets of the deepest existing node and the path to it. */
export interface Resolved {
  start: number
  end: number
  path: PathSegment[]
}

interface Frame {
  node: SourceNode | null
  slot: Slot
  flow: boolean
  key: { text: string | null; start: number; end: number; merge: boolean } | null
}

const MERGE_TAGS = new Set(['!!merge', '!<tag:yaml.org,2002:merge>'])

/** Builds the tree of the document in events[from, to); offsets in `source` are shifted by `base`. */
export function buildSourceTree(events: readonly Event[], from: number, to: number, source: string, base: number): Slot {
  const anchors = new Map<string, Slot>()
  const root: Frame = { node: null, slot: { start: -1, end: -1, node: null }, flow: false, key: null }
  const stack: Frame[] = [root]

  const place = (slot: Slot, keyText: string | null, merge: boolean) => {
    const frame = stack[stack.length - 1]
    const parent = frame.node
    if (!parent) {
      frame.slot = slot
      return
    }
    const written = slot.start === -1 ? -1 : slot.end
    if (parent.kind === 'sequence') parent.items.push(slot)
    else if (!frame.key) frame.key = { text: keyText, start: slot.start, end: slot.end, merge }
    else {
      const key = frame.key
      frame.key = null
      if (key.merge) addMerges(parent, slot)
      else if (key.text !== null && !parent.entries.has(key.text)) {
        parent.entries.set(key.text, { keyStart: key.start, keyEnd: key.end, value: slot })
      }
      frame.slot.end = Math.max(frame.slot.end, written === -1 ? key.end : written)
      return
    }
    if (written !== -1) frame.slot.end = Math.max(frame.slot.end, written)
  }

  for (let i = from; i < to; i++) {
    const event = events[i]
    if (event.type === EVENT_ID.SCALAR) {
      const slot = remember(anchors, source, event, scalarSlot(event, base))
      const top = stack[stack.length - 1]
      if (top.node?.kind !== 'mapping' || top.key) {
        place(slot, null, false)
        continue
      }
      // Only keys need their decoded text, which keeps values cheap.
      const tag = event.tagStart === -1 ? '' : source.slice(event.tagStart, event.tagEnd)
      const text = event.valueStart === -1 ? '' : getScalarValue(source, event)
      place(slot, text, (event.style === SCALAR_STYLE.PLAIN && tag === '' && text === '<<') || MERGE_TAGS.has(tag))
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const start = base + firstOffset(event.start, event.anchorStart, event.tagStart)
      const node: SourceNode = { kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', entries: new Map(), items: [], merges: [] }
      const slot: Slot = { start, end: base + event.start + 1, node }
      remember(anchors, source, event, slot)
      stack.push({ node, slot, flow: event.style === COLLECTION_STYLE.FLOW, key: null })
    } else if (event.type === EVENT_ID.ALIAS) {
      const target = anchors.get(source.slice(event.anchorStart, event.anchorEnd))
      place({ start: base + event.anchorStart - 1, end: base + event.anchorEnd, node: target?.node ?? null }, null, false)
    } else if (event.type === EVENT_ID.POP && stack.length > 1) {
      const frame = stack.pop() as Frame
      if (frame.flow) frame.slot.end = closeFlow(source, frame.slot.end - base, frame.node?.kind === 'mapping' ? '}' : ']') + base
      place(frame.slot, null, false)
    }
  }
  return root.slot
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
      const entry = findEntry(node, segment, 0)
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

function findEntry(node: SourceNode, key: string, depth: number): Entry | undefined {
  const own = node.entries.get(key)
  if (own || depth > 16) return own
  for (const merged of node.merges) {
    const entry = findEntry(merged, key, depth + 1)
    if (entry) return entry
  }
  return undefined
}

function addMerges(parent: SourceNode, slot: Slot): void {
  const node = slot.node
  if (node?.kind === 'mapping') parent.merges.push(node)
  else if (node?.kind === 'sequence') for (const item of node.items) if (item.node?.kind === 'mapping') parent.merges.push(item.node)
}

function scalarSlot(event: ScalarEvent, base: number): Slot {
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
  // Offsets of a quoted scalar exclude its quotes; the written value includes them.
  const valueStart = event.valueStart === -1 ? -1 : event.valueStart - (quoted ? 1 : 0)
  const valueEnd = event.valueEnd === -1 ? -1 : event.valueEnd + (quoted ? 1 : 0)
  const start = firstOffset(valueStart, event.anchorStart === -1 ? -1 : event.anchorStart - 1, event.tagStart)
  if (start === -1) return { start: -1, end: -1, node: null }
  const end = Math.max(valueEnd, event.anchorEnd, event.tagEnd)
  return { start: base + start, end: base + end, node: null }
}

function remember(anchors: Map<string, Slot>, source: string, event: { anchorStart: number; anchorEnd: number }, slot: Slot): Slot {
  if (event.anchorStart !== -1) anchors.set(source.slice(event.anchorStart, event.anchorEnd), slot)
  return slot
}

/** The smallest offset that is not -1, or -1. */
function firstOffset(...offsets: number[]): number {
  let first = -1
  for (const offset of offsets) if (offset !== -1 && (first === -1 || offset < first)) first = offset
  return first
}

/** The end of a flow collection: just past its closing bracket when only blanks, commas and comments precede it. */
function closeFlow(source: string, from: number, closer: string): number {
  let i = from
  while (i < source.length) {
    const ch = source[i]
    if (ch === closer) return i + 1
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ',') i++
    else break
  }
  return from
}
