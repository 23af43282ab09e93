/** Spelling suggestions for unknown field names. */

/** Edits between two strings, a swap of neighbouring letters counting as one (optimal string alignment). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}

/** The known name the key was most likely meant to be: same letters in another case, else at most two edits away. */
export function closestName(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase()
  const sameLetters = known.find((name) => name.toLowerCase() === lower)
  if (sameLetters !== undefined) return sameLetters
  // Short keys would match almost anything at two edits, so the allowance grows with the key.
  const allowed = Math.min(2, Math.floor(key.length / 4))
  let best: string | undefined
  let bestDistance = allowed + 1
  for (const name of known) {
    const d = distance(lower, name.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [name, d]
  }
  return best
}
