/** Bytes ⇄ text without the DOM's TextEncoder/TextDecoder, which the engine's own lib does not declare. */

/** UTF-8 bytes as text; each byte of an invalid sequence becomes U+FFFD, as Go's JSON encoder writes it. */
export function decodeUtf8(bytes: ArrayLike<number>): string {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]
    const width = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0
    let code = width === 1 ? lead : width === 2 ? lead & 0x1f : width === 3 ? lead & 0x0f : lead & 0x07
    let valid = width > 0 && i + width <= bytes.length
    for (let k = 1; valid && k < width; k++) {
      const next = bytes[i + k]
      if ((next & 0xc0) !== 0x80) valid = false
      code = (code << 6) | (next & 0x3f)
    }
    const shortest = width === 3 ? code >= 0x800 && (code < 0xd800 || code > 0xdfff) : width === 4 ? code >= 0x10000 && code <= 0x10ffff : true
    if (valid && shortest) {
      out += String.fromCodePoint(code)
      i += width
    } else {
      out += '\uFFFD'
      i++
    }
  }
  return out
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard, padded base64 as bytes; null when it is not valid (Go's StdEncoding, which skips line breaks). */
export function decodeBase64(text: string): number[] | null {
  const compact = text.replace(/[\r\n]/g, '')
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) return null
  const bytes: number[] = []
  for (let i = 0; i < compact.length; i += 4) {
    const [a, b, c, d] = Array.from(compact.slice(i, i + 4), (ch) => BASE64.indexOf(ch))
    bytes.push((a << 2) | (b >> 4))
    if (c !== -1) bytes.push(((b & 15) << 4) | (c >> 2))
    if (d !== -1) bytes.push(((c & 3) << 6) | d)
  }
  return bytes
}
