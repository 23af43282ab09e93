/**
 * The smallest single replacement that turns `before` into `after`. Applying outside changes this
 * way keeps the cursor, folds and undo history of the untouched text instead of replacing it all.
 */
export interface TextEdit {
  /** Offset in `before` where the replaced text starts. */
  start: number
  /** Offset in `before` where the replaced text ends (exclusive). */
  end: number
  text: string
}

export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++
  }
  // Never cut between the halves of a surrogate pair or of a CRLF: Monaco would move such a
  // position onto a whole character and the edit would no longer line up.
  while (prefix > 0 && isFirstHalf(before.charCodeAt(prefix - 1))) prefix--
  while (suffix > 0 && isSecondHalf(before.charCodeAt(before.length - suffix))) suffix--
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) }
}

const isFirstHalf = (code: number) => (code >= 0xd800 && code <= 0xdbff) || code === 13
const isSecondHalf = (code: number) => (code >= 0xdc00 && code <= 0xdfff) || code === 10
