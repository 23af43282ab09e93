/** Go's `%q` for strings (strconv.Quote), used where upstream prints annotation values. */

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols, and the ASCII space only.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u

const named: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

function escapeRune(codePoint: number, char: string): string {
  if (codePoint === 0x22) return '\\"'
  if (codePoint === 0x5c) return '\\\\'
  if (printable.test(char)) return char
  const name = named[codePoint]
  if (name !== undefined) return name
  if (codePoint < 0x20 || codePoint === 0x7f) return `\\x${hex(codePoint, 2)}`
  if (codePoint < 0x10000) return `\\u${hex(codePoint, 4)}`
  return `\\U${hex(codePoint, 8)}`
}

/** Quotes a string exactly as Go's `fmt.Sprintf("%q", s)` does. */
export function goQuote(text: string): string {
  let out = '"'
  for (const char of text) {
    let codePoint = char.codePointAt(0) ?? 0
    // A lone surrogate cannot reach the API server intact: its JSON decoder turns it into U+FFFD.
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0xfffd
    out += escapeRune(codePoint, String.fromCodePoint(codePoint))
  }
  return `${out}"`
}
