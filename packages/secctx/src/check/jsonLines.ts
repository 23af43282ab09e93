/**
 * JSON arrays laid out one entry a line, each line indented under its key: the same value as
 * `JSON.stringify(value, null, 2)` in far fewer bytes, and each entry can be written as soon as it is made.
 */

/** An entry as it follows the array's `[` or the entry before it: that entry's comma (none for the first), a line break, the indent, the entry. */
export function entryLine(index: number, indent: string, json: string): string {
  return `${index === 0 ? '' : ','}\n${indent}${json}`
}

/** The `]` after `count` entries: on a line of its own at `indent`, or right after the `[` of an empty array. */
export function closeEntries(count: number, indent: string): string {
  return count > 0 ? `\n${indent}]` : ']'
}
