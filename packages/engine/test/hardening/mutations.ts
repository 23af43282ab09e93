/**
 * Mutations of manifests for the fuzz tests, as fast-check values so a failure shrinks to a small
 * plan: structural edits of the data (delete a field, swap a value's type, add a hostile key) and
 * damage to the text (truncation, YAML syntax, odd characters). Each mutation picks its target
 * by an index into the tree's nodes (or the text's offsets), taken modulo their count.
 */
import fc from 'fast-check'
import { allPaths, cloneData, getAt, isMap, mapOf, setOwn, type Data } from './data'

/** Keys that break naive JavaScript (prototype access, shadowed methods) or YAML (merge, empty). */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'length',
  '0',
  '',
  ' ',
  '<<',
  'kind',
  'apiVersion',
  'spec',
  'template',
  'containers',
  'securityContext',
  'privileged',
  'items',
]

/** Unicode that tends to break things: controls, NUL, BOM, lone surrogates, line separators, RTL, U+FFFD. */
const ODD_TEXT = ['\u0000', '\uFEFF', '\uFFFD', '\ud800', '\udc00', '\u2028', '\u0085', '\u202e', '\u0007', '\r', 'é', '𝔘', '👩‍👩‍👧']

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.constantFrom(...ODD_TEXT),
  fc.constantFrom('', 'yes', 'off', '0x1F', '1e400', '.nan', '~', '<script>alert(1)</script>', '{{constructor}}'),
)

const leaf: fc.Arbitrary<Data> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 0.5),
  oddString,
)

/** A value of any type, shallow: what a type swap puts in place of a node. */
export const anyValue: fc.Arbitrary<Data> = fc.oneof(
  { weight: 3, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), oddString), leaf), { maxLength: 3 }).map((entries) => mapOf(entries)) },
)

/** One structural edit. */
export type Mutation = { op: 'delete'; at: number } | { op: 'replace'; at: number; value: Data } | { op: 'addKey'; at: number; key: string; value: Data }

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), oddString), value: anyValue }),
)

/** The data with the mutations applied in order; the input is not changed. */
export function applyMutations(value: Data, mutations: readonly Mutation[]): Data {
  let root = cloneData(value)
  for (const m of mutations) {
    const paths = allPaths(root)
    const path = paths[m.at % paths.length]
    const parent = getAt(root, path.slice(0, -1))
    const last = path[path.length - 1]
    if (m.op === 'addKey') {
      const node = getAt(root, path)
      if (isMap(node)) setOwn(node, m.key, m.value)
      else if (isMap(parent)) setOwn(parent, m.key, m.value)
      continue
    }
    if (path.length === 0) {
      if (m.op === 'replace') root = m.value
      continue
    }
    if (Array.isArray(parent) && typeof last === 'number') {
      if (m.op === 'delete') parent.splice(last, 1)
      else parent[last] = m.value
    } else if (isMap(parent) && typeof last === 'string') {
      if (m.op === 'delete') delete parent[last]
      else setOwn(parent, last, m.value)
    }
  }
  return root
}

/** Text fragments that are YAML syntax, or break it. */
const SYNTAX = [
  '\n',
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '&a',
  '*b ',
  '!',
  '!!str ',
  '!!js/function ',
  '!!python/object:os.system ',
  '!!binary ',
  '!!set ',
  '!<tag:yaml.org,2002:omap> ',
  '|',
  '>',
  '|-',
  '\t',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:x,2024:\n',
  '@',
  '`',
  '? ',
  '<<: ',
  '<<: *a',
  '\\',
  '%',
  '  ',
  '\n  ',
  '\n- ',
  '\n---\n',
]

/** One edit of the text. */
export type TextDamage = { op: 'truncate'; at: number } | { op: 'insert'; at: number; text: string } | { op: 'cut'; at: number; length: number }

export const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SYNTAX), fc.constantFrom(...ODD_TEXT), oddString) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
)

/** The text with the damage applied in order. */
export function applyTextDamage(text: string, damage: readonly TextDamage[]): string {
  let out = text
  for (const d of damage) {
    const at = d.at % (out.length + 1)
    if (d.op === 'truncate') out = out.slice(0, at)
    else if (d.op === 'insert') out = out.slice(0, at) + d.text + out.slice(at)
    else out = out.slice(0, at) + out.slice(at + d.length)
  }
  return out
}
