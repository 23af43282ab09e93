/** Text helpers that reproduce upstream's message building byte for byte. */

/** Upstream's pluralize: the singular form only when n is exactly 1. */
export function plural(singular: string, pluralForm: string, n: number): string {
  return n === 1 ? singular : pluralForm
}

/** Upstream's joinQuote, Q(list): each item in double quotes, unescaped, joined with `, `. */
export function joinQuote(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ')
}

/** Cs(list): `container "a"` or `containers "a", "b"`. */
export function containersPhrase(names: readonly string[]): string {
  return `${plural('container', 'containers', names.length)} ${joinQuote(names)}`
}

/** A setters phrase: `pod`, `containers "a", "b"`, `pod and container "x"`; empty parts are dropped. */
export function settersPhrase(pod: boolean, containerNames: readonly string[], ...more: string[]): string {
  const parts: string[] = []
  if (pod) parts.push('pod')
  if (containerNames.length > 0) parts.push(containersPhrase(containerNames))
  parts.push(...more)
  return parts.join(' and ')
}

// UTF-16 puts astral code points (surrogate pairs) before U+E000–U+FFFF; UTF-8 bytes put them after.
function byteWeight(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000
  if (unit >= 0xe000) return unit - 0x800
  return unit
}

/** Orders strings by their UTF-8 bytes, as Go's sort.Strings does (JS's default sort uses UTF-16 units). */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return byteWeight(x) - byteWeight(y)
  }
  return a.length - b.length
}

/** Upstream's `sets.List`: de-duplicated and byte-wise sorted. */
export function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(compareBytes)
}
