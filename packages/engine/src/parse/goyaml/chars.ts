/** Character classes as go-yaml v2 (libyaml) defines them, over UTF-16 code units. */

/** The code unit read past the end of the input: go-yaml's buffer ends in NUL. */
export const END = 0

/** Space or tab. */
export const isBlank = (ch: number): boolean => ch === 32 || ch === 9

/** A line break for go-yaml: CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029). */
export const isBreak = (ch: number): boolean => ch === 10 || ch === 13 || ch === 0x85 || ch === 0x2028 || ch === 0x2029

/** A line break or the end of the input. */
export const isBreakZ = (ch: number): boolean => isBreak(ch) || ch === END

/** A blank, a line break or the end of the input. */
export const isBlankZ = (ch: number): boolean => isBlank(ch) || isBreakZ(ch)

/** Anchor, alias and tag-handle characters: ASCII letters, digits, `_` and `-`. */
export const isAlpha = (ch: number): boolean => (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 45

/** An ASCII digit. */
export const isDigit = (ch: number): boolean => ch >= 48 && ch <= 57

/** An ASCII hexadecimal digit. */
export const isHex = (ch: number): boolean => isDigit(ch) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102)

/** The value of a hexadecimal digit. */
export const hexValue = (ch: number): number => (ch <= 57 ? ch - 48 : (ch | 32) - 87)

/**
 * The first character go-yaml's reader refuses ("control characters are not allowed"), as an
 * offset, or -1. Allowed: tab, LF, CR, printable ASCII, NEL, U+00A0–U+D7FF, U+E000–U+FFFD and
 * astral characters (a well-formed surrogate pair).
 */
export function firstUnreadable(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i)
    if ((ch >= 0x20 && ch <= 0x7e) || ch === 10 || ch === 13 || ch === 9) continue
    if (ch === 0x85 || (ch >= 0xa0 && ch <= 0xd7ff) || (ch >= 0xe000 && ch <= 0xfffd)) continue
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++
        continue
      }
    }
    return i
  }
  return -1
}
