/** Go's `encoding/json` rendering of scalar values, which the API server uses to print a bad value in a field error. */

const hex4 = (codePoint: number) => codePoint.toString(16).padStart(4, '0')

const shortEscapes: Readonly<Record<number, string>> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
}

/** A string as Go's `json.Marshal` writes it: HTML characters and U+2028/U+2029 escaped, DEL left alone. */
export function goJsonString(text: string): string {
  let out = '"'
  for (const char of text) {
    let codePoint = char.codePointAt(0) ?? 0
    // Lone surrogates are not valid UTF-8; Go's decoder and encoder both turn them into U+FFFD.
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0xfffd
    const short = shortEscapes[codePoint]
    if (short !== undefined) out += short
    else if (codePoint < 0x20 || codePoint === 0x3c || codePoint === 0x3e || codePoint === 0x26) out += `\\u${hex4(codePoint)}`
    else if (codePoint === 0x2028 || codePoint === 0x2029) out += `\\u${hex4(codePoint)}`
    else out += String.fromCodePoint(codePoint)
  }
  return `${out}"`
}

/** A bad value as the API server prints it: numbers and booleans bare, strings JSON-quoted, objects as JSON. */
export function goValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return goJsonString(value)
  if (value === null || value === undefined) return 'null'
  try {
    return JSON.stringify(value) ?? 'null'
  } catch {
    return 'null'
  }
}
