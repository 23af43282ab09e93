/**
 * Scalar resolution as go-yaml v2 does it when decoding into untyped values (what kubectl's
 * YAML-to-JSON step does): YAML 1.1 booleans and nulls, Go's integer syntax (base prefixes
 * `0x`/`0o`/`0b`, a leading `0` for octal, underscores anywhere), its float pattern, `.inf`/`.nan`,
 * and timestamps kept as the text they are written as.
 */

/** The long forms of the tags resolution knows. */
export const TAG = {
  str: 'tag:yaml.org,2002:str',
  int: 'tag:yaml.org,2002:int',
  float: 'tag:yaml.org,2002:float',
  bool: 'tag:yaml.org,2002:bool',
  null: 'tag:yaml.org,2002:null',
  timestamp: 'tag:yaml.org,2002:timestamp',
  binary: 'tag:yaml.org,2002:binary',
  merge: 'tag:yaml.org,2002:merge',
} as const

/** A resolved scalar. Integers keep their exact digits (`bigint`), which map keys need. */
export type Scalar = string | number | bigint | boolean | null

/** A resolved scalar and the tag it resolved to. */
export interface Resolved {
  tag: string
  value: Scalar
}

const BOOLS_AND_NULLS = new Map<string, Resolved>()
for (const [value, tag, words] of [
  [true, TAG.bool, 'y Y yes Yes YES true True TRUE on On ON'],
  [false, TAG.bool, 'n N no No NO false False FALSE off Off OFF'],
  [null, TAG.null, '~ null Null NULL'],
  [Number.NaN, TAG.float, '.nan .NaN .NAN'],
  [Infinity, TAG.float, '.inf .Inf .INF +.inf +.Inf +.INF'],
  [-Infinity, TAG.float, '-.inf -.Inf -.INF'],
  ['<<', TAG.merge, '<<'],
] as const) {
  for (const word of words.split(' ')) BOOLS_AND_NULLS.set(word, { tag, value })
}
BOOLS_AND_NULLS.set('', { tag: TAG.null, value: null })

/** What the first character says a plain scalar might be (go-yaml's resolve table). */
const HINT_SIGN = 1
const HINT_DIGIT = 2
const HINT_MAP = 3
const HINT_DOT = 4
function hintOf(text: string): number {
  if (text === '') return HINT_MAP
  const ch = text.charCodeAt(0)
  if (ch === 43 || ch === 45) return HINT_SIGN
  if (ch >= 48 && ch <= 57) return HINT_DIGIT
  if (ch === 46) return HINT_DOT
  return 'yYnNtTfFoO~'.includes(text[0]) ? HINT_MAP : 0
}

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const GO_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const UINT64_MAX = 2n ** 64n - 1n

/** Go's `strconv.ParseInt(s, 0, 64)` / `ParseUint`: the exact value, or null when `s` is not such an integer. */
export function parseGoInteger(text: string, signed: boolean): bigint | null {
  let i = 0
  let negative = false
  if (signed && (text[0] === '+' || text[0] === '-')) {
    negative = text[0] === '-'
    i = 1
  }
  let base = 10
  let digits = text.slice(i)
  if (digits.length > 1 && digits[0] === '0') {
    const prefix = digits[1].toLowerCase()
    if (prefix === 'x' || prefix === 'o' || prefix === 'b') {
      base = prefix === 'x' ? 16 : prefix === 'o' ? 8 : 2
      digits = digits.slice(2)
    } else {
      base = 8
      digits = digits.slice(1)
    }
  }
  const pattern = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/
  if (!pattern.test(digits)) return null
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : ''
  let value = BigInt(prefix + digits)
  if (negative) value = -value
  if (signed ? value < INT64_MIN || value > INT64_MAX : value > UINT64_MAX) return null
  return value
}

/** Go's `strconv.ParseFloat(s, 64)` for decimal text: null when out of range (±Inf). */
function goFloat(text: string): number | null {
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

/** Resolves an untagged plain scalar (or one tagged with a resolvable tag) as go-yaml v2 does. */
function resolvePlain(text: string): Resolved {
  const hint = hintOf(text)
  if (hint === 0) return { tag: TAG.str, value: text }
  const known = BOOLS_AND_NULLS.get(text)
  if (known) return known
  if (hint === HINT_DOT) {
    const value = GO_DOT_FLOAT.test(text) ? goFloat(text) : null
    return value === null ? { tag: TAG.str, value: text } : { tag: TAG.float, value }
  }
  if (hint === HINT_MAP) return { tag: TAG.str, value: text }
  if (isTimestamp(text)) return { tag: TAG.timestamp, value: text }
  const plain = text.replaceAll('_', '')
  const int = parseGoInteger(plain, true) ?? parseGoInteger(plain, false)
  if (int !== null) return { tag: TAG.int, value: int }
  if (YAML_FLOAT.test(plain)) {
    const value = goFloat(plain)
    if (value !== null) return { tag: TAG.float, value }
  }
  return { tag: TAG.str, value: text }
}

/**
 * Resolves a scalar with its tag (long form, or '' when untagged), as go-yaml v2's `resolve`:
 * throws a message when an explicit tag does not fit the text (`!!int abc`).
 */
export function resolveScalar(tag: string, text: string): Resolved {
  if (tag !== '' && tag !== TAG.str && tag !== TAG.bool && tag !== TAG.int && tag !== TAG.float && tag !== TAG.null && tag !== TAG.timestamp) {
    return { tag, value: text }
  }
  const resolved = tag === TAG.str ? { tag: TAG.str, value: text } : resolvePlain(text)
  if (tag === '' || tag === resolved.tag || tag === TAG.str) return resolved
  if (tag === TAG.float && resolved.tag === TAG.int) return { tag: TAG.float, value: Number(resolved.value) }
  throw new Error(`cannot decode ${shortTag(resolved.tag)} \`${text}\` as a ${shortTag(tag)}`)
}

/** `!!name` for a tag in the YAML namespace. */
export function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag
}

/**
 * go-yaml's timestamp test: four digits and a dash, then one of the layouts it accepts. A timestamp
 * decodes to the text as written, so this only matters for `!!timestamp` and for not reading
 * `2001-01-01` as a number.
 */
function isTimestamp(text: string): boolean {
  if (!/^[0-9]{4}-/.test(text)) return false
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(text)
  if (!match) return false
  const [, , month, day, separator, hour, minute, second, , zone] = match
  if (separator === ' ' && zone !== undefined) return false
  if (separator !== undefined && separator !== ' ' && zone === undefined) return false
  const m = Number(month)
  const d = Number(day)
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
  if (!days || d < 1 || d > days) return false
  if (m === 2 && d === 29 && !isLeap(Number(text.slice(0, 4)))) return false
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)) return false
  return true
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
