/**
 * Turns a composed document into the value kubectl sends: go-yaml v2's decoding into untyped maps
 * (merge keys applied in its order, duplicate keys last-wins), then sigs.k8s.io/yaml's conversion
 * to JSON (map keys become strings, NaN and ±Inf are refused). Builds the source tree alongside.
 */
import { MAX_ALIAS_EXPANSION, MAX_ALIASES, MAX_EXPANDED_DEPTH } from '../limits'
import type { Slot, SourceNode } from '../sourceTree'
import type { YamlNode } from './parser'
import { TAG, resolveScalar, type Resolved } from './resolve'
import { decodeBase64, decodeUtf8 } from './utf8'
import { setOwn } from '../../util/values'

/** A decoding error at an offset; `limit` when it is one of our input limits rather than go-yaml's own error. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly limit = false,
  ) {
    super(message)
  }
}

/** Something kubectl accepts silently that the user probably did not mean. */
export interface DecodeWarning {
  message: string
  offset: number
}

/** A decoded document: its value, its source tree and its warnings. */
export interface Decoded {
  value: unknown
  root: Slot
  warnings: DecodeWarning[]
}

/** Decodes a document's root node. Throws DecodeError. */
export function decodeDocument(root: YamlNode): Decoded {
  const decoder = new Decoder()
  const { value, slot } = decoder.decode(root, 0)
  return { value, root: slot, warnings: decoder.warnings }
}

interface Read {
  value: unknown
  slot: Slot
}

class Decoder {
  readonly warnings: DecodeWarning[] = []
  private aliases = 0
  private expanded = 0
  /** The outermost alias being expanded, where a limit's error points; -1 outside aliases. */
  private site = -1
  private readonly open = new Set<YamlNode>()

  private limit(message: string, offset: number): never {
    throw new DecodeError(message, this.site === -1 ? offset : this.site, true)
  }

  decode(node: YamlNode, depth: number): Read {
    if (depth > MAX_EXPANDED_DEPTH) this.limit(`YAML aliases nest the document deeper than ${MAX_EXPANDED_DEPTH} levels; refusing to read it`, node.start)
    if (node.kind !== 'alias' && this.site !== -1 && ++this.expanded > MAX_ALIAS_EXPANSION) {
      this.limit(`YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?); refusing to read the document`, node.start)
    }
    switch (node.kind) {
      case 'alias':
        return this.alias(node, depth)
      case 'scalar':
        return { value: jsonValue(this.scalar(node), node.start), slot: scalarSlot(node) }
      case 'sequence': {
        const items: unknown[] = []
        const source: SourceNode = { kind: 'sequence', entries: new Map(), items: [] }
        for (const child of node.children) {
          const read = this.decode(child, depth + 1)
          items.push(read.value)
          source.items.push(read.slot)
        }
        return { value: items, slot: { start: node.start, end: node.end, node: source } }
      }
      case 'mapping': {
        const value: Record<string, unknown> = {}
        const source: SourceNode = { kind: 'mapping', entries: new Map(), items: [] }
        this.mappingInto(node, value, source, depth)
        return { value, slot: { start: node.start, end: node.end, node: source } }
      }
    }
  }

  private alias(node: YamlNode, depth: number): Read {
    const target = this.enter(node)
    try {
      const read = this.decode(target, depth)
      // Paths through an alias land where the anchored node is written.
      return { value: read.value, slot: { start: node.start, end: node.end, node: read.slot.node } }
    } finally {
      this.leave(node, target)
    }
  }

  /** Starts expanding an alias: counts it, refuses a cycle, and remembers the outermost one. */
  private enter(alias: YamlNode): YamlNode {
    const target = alias.target as YamlNode
    // Aliases as written count, not each use through an expanded anchor (the expansion limit covers those).
    if (this.site === -1 && ++this.aliases > MAX_ALIASES)
      this.limit(`the document uses more than ${MAX_ALIASES} YAML aliases; refusing to read it`, alias.start)
    if (this.open.has(target)) {
      throw new DecodeError(`YAML alias "*${alias.value}" refers to its own enclosing anchor; recursive documents are not supported`, alias.start, true)
    }
    this.open.add(target)
    if (this.site === -1) this.site = alias.start
    return target
  }

  private leave(alias: YamlNode, target: YamlNode): void {
    this.open.delete(target)
    if (this.site === alias.start) this.site = -1
  }

  /** The scalar as go-yaml resolves it: a quoted or block scalar without a tag is a string. */
  scalar(node: YamlNode): Resolved {
    if (node.tag === '' && !node.implicit) return { tag: TAG.str, value: node.value }
    if (node.tag === TAG.binary) return { tag: TAG.str, value: decodeBinary(node) }
    try {
      return resolveScalar(node.tag, node.value)
    } catch (error) {
      throw new DecodeError((error as Error).message, node.start)
    }
  }

  /** Decodes a mapping's entries into `value`; merge keys write into the same map, in order, as go-yaml does. */
  private mappingInto(node: YamlNode, value: Record<string, unknown>, source: SourceNode, depth: number): void {
    const written = new Set<string>()
    for (let i = 0; i + 1 < node.children.length; i += 2) {
      const keyNode = node.children[i]
      const valueNode = node.children[i + 1]
      if (isMerge(keyNode)) {
        this.merge(valueNode, value, source, depth)
        continue
      }
      const key = this.key(keyNode, valueNode)
      if (written.has(key)) {
        this.warnings.push({ message: `duplicate key "${key}": kubectl keeps the last value`, offset: keyNode.start })
      }
      written.add(key)
      const read = this.decode(valueNode, depth + 1)
      setOwn(value, key, read.value)
      source.entries.set(key, { keyStart: keyNode.start, keyEnd: keyNode.end, value: read.slot })
    }
  }

  private merge(node: YamlNode, value: Record<string, unknown>, source: SourceNode, depth: number): void {
    const mapping = (candidate: YamlNode): YamlNode => {
      const target = candidate.kind === 'alias' ? (candidate.target as YamlNode) : candidate
      if (target.kind !== 'mapping') throw new DecodeError('map merge requires map or sequence of maps as the value', candidate.start)
      return target
    }
    // A sequence merges from its last map to its first, so earlier maps win.
    const merged = node.kind === 'sequence' ? [...node.children].reverse() : [node]
    for (const candidate of merged) {
      const target = mapping(candidate)
      if (candidate.kind !== 'alias') {
        this.mappingInto(target, value, source, depth)
        continue
      }
      this.enter(candidate)
      try {
        this.mappingInto(target, value, source, depth)
      } finally {
        this.leave(candidate, target)
      }
    }
  }

  /** The JSON key sigs.k8s.io/yaml makes of a mapping key. */
  private key(keyNode: YamlNode, valueNode: YamlNode): string {
    const node = keyNode.kind === 'alias' ? (keyNode.target as YamlNode) : keyNode
    if (node.kind !== 'scalar') throw new DecodeError('invalid map key: a mapping key cannot be a mapping or a sequence', keyNode.start)
    const { value } = this.scalar(node)
    if (value === null) throw new DecodeError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${describe(valueNode)}`, keyNode.start)
    if (typeof value === 'number') return formatFloatKey(value)
    // go-yaml gives an integer past int64 as a uint64, which sigs.k8s.io/yaml cannot make a key of.
    if (typeof value === 'bigint' && value > INT64_MAX) {
      throw new DecodeError(`unsupported map key of type: uint64, key: 0x${value.toString(16)}, value: ${describe(valueNode)}`, keyNode.start)
    }
    return String(value)
  }
}

const INT64_MAX = 2n ** 63n - 1n

/** go-yaml's merge key: a plain `<<` (or one tagged `!!merge`). */
function isMerge(node: YamlNode): boolean {
  return node.kind === 'scalar' && node.value === '<<' && (node.implicit || node.tag === TAG.merge)
}

/** The JSON value of a resolved scalar; JSON has no NaN or infinity, so kubectl refuses them. */
function jsonValue({ value }: Resolved, offset: number): unknown {
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new DecodeError('json: unsupported value: NaN', offset)
    if (!Number.isFinite(value)) throw new DecodeError(`json: unsupported value: ${value > 0 ? '+Inf' : '-Inf'}`, offset)
    return value === 0 ? 0 : value
  }
  return value
}

function scalarSlot(node: YamlNode): Slot {
  return node.start === node.end ? { start: -1, end: -1, node: null } : { start: node.start, end: node.end, node: null }
}

function describe(node: YamlNode): string {
  return node.kind === 'scalar' ? node.value : node.kind
}

/** `!!binary`: base64 (line breaks ignored), decoded to text as Go's JSON encoder would write its bytes. */
function decodeBinary(node: YamlNode): string {
  const bytes = decodeBase64(node.value)
  if (!bytes) throw new DecodeError('!!binary value contains invalid base64 data', node.start)
  return decodeUtf8(bytes)
}

/**
 * A float map key as sigs.k8s.io/yaml writes it: Go's `FormatFloat(f, 'g', -1, 32)`, the shortest
 * digits that survive a float32 round trip, exponent form from 1e+06 or below 1e-04.
 */
export function formatFloatKey(value: number): string {
  const single = Math.fround(value)
  if (Number.isNaN(single)) return '.nan'
  if (!Number.isFinite(single)) return single > 0 ? '.inf' : '-.inf'
  if (single === 0) return Object.is(single, -0) ? '-0' : '0'
  let mantissa = ''
  let exponent = 0
  for (let precision = 1; precision <= 9; precision++) {
    const text = single.toExponential(precision - 1)
    if (Math.fround(Number(text)) === single) {
      const [digits, exp] = text.split('e')
      mantissa = digits
      exponent = Number(exp)
      break
    }
  }
  const negative = mantissa.startsWith('-')
  const digits = mantissa.replace(/^-/, '').replace('.', '').replace(/0+$/, '') || '0'
  const sign = negative ? '-' : ''
  if (exponent < -4 || exponent >= 6) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : ''
    const exp = Math.abs(exponent).toString().padStart(2, '0')
    return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${exp}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`
}
