/**
 * Limits what YAML aliases can do before values are built. js-yaml shares one object between an
 * anchor and its aliases, so a "billion laughs" document is small in memory but explodes for every
 * later walk over it (evaluation, JSON output), and an alias inside its own anchor builds a cycle.
 */
import { EVENT_ID, type Event } from 'js-yaml'

/** Most nodes that aliases may add to one document when expanded; real pod specs stay far below. */
export const MAX_ALIAS_EXPANSION = 100_000

/** Deepest nesting a document may reach once aliases are expanded (the parser's own limit ignores aliases). */
export const MAX_EXPANDED_DEPTH = 200

/** Most alias nodes (`*name`) in one document, passed to js-yaml as `maxAliases`. */
export const MAX_ALIASES = 1_000

/** Why a document's aliases are refused, and where. */
export interface AliasProblem {
  message: string
  /** Offset into `source`. */
  offset: number
}

interface Frame {
  size: number
  height: number
  anchor: string | null
  start: number
}

/** Checks events[from, to) of one document; null when its aliases are harmless. */
export function checkAliases(events: readonly Event[], from: number, to: number, source: string): AliasProblem | null {
  if (!hasAlias(events, from, to)) return null
  const sizes = new Map<string, { size: number; height: number }>()
  const open = new Set<string>()
  const stack: Frame[] = [{ size: 0, height: 0, anchor: null, start: 0 }]
  let expanded = 0

  const add = (size: number, height: number, offset: number): AliasProblem | null => {
    const parent = stack[stack.length - 1]
    parent.size += size
    parent.height = Math.max(parent.height, height + 1)
    if (stack.length + height > MAX_EXPANDED_DEPTH) {
      return { offset, message: `YAML aliases nest the document deeper than ${MAX_EXPANDED_DEPTH} levels; refusing to read it` }
    }
    return null
  }

  for (let i = from; i < to; i++) {
    const event = events[i]
    if (event.type === EVENT_ID.SCALAR) {
      if (event.anchorStart !== -1) sizes.set(source.slice(event.anchorStart, event.anchorEnd), { size: 1, height: 0 })
      add(1, 0, event.valueStart)
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const anchor = event.anchorStart === -1 ? null : source.slice(event.anchorStart, event.anchorEnd)
      if (anchor !== null) open.add(anchor)
      stack.push({ size: 1, height: 0, anchor, start: event.start })
    } else if (event.type === EVENT_ID.ALIAS) {
      const name = source.slice(event.anchorStart, event.anchorEnd)
      const offset = event.anchorStart - 1
      if (open.has(name)) return { offset, message: `YAML alias "*${name}" refers to its own enclosing anchor; recursive documents are not supported` }
      const target = sizes.get(name)
      if (!target) continue // js-yaml reports the unknown alias with its own message
      expanded += target.size
      if (expanded > MAX_ALIAS_EXPANSION) {
        return { offset, message: `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?); refusing to read the document` }
      }
      const problem = add(target.size, target.height, offset)
      if (problem) return problem
    } else if (event.type === EVENT_ID.POP && stack.length > 1) {
      const frame = stack.pop() as Frame
      if (frame.anchor !== null) {
        open.delete(frame.anchor)
        sizes.set(frame.anchor, { size: frame.size, height: frame.height })
      }
      const problem = add(frame.size, frame.height, frame.start)
      if (problem) return problem
    }
  }
  return null
}

function hasAlias(events: readonly Event[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (events[i].type === EVENT_ID.ALIAS) return true
  return false
}
