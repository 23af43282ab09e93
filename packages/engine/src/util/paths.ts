import type { FieldPath } from '../types'

/** A plain name, printed bare: `^[A-Za-z_$][A-Za-z0-9_$-]*$`, tested by char code because every location of a report formats a path. */
function isIdentifier(segment: string): boolean {
  if (segment.length === 0) return false
  for (let i = 0; i < segment.length; i++) {
    const ch = segment.charCodeAt(i)
    const letter = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 36
    if (!letter && (i === 0 || !((ch >= 48 && ch <= 57) || ch === 45))) return false
  }
  return true
}

/** Formats a field path the way kubectl and the API server print it: `spec.containers[0].securityContext`, with `["key"]` for keys that are not plain names. */
export function formatPath(path: FieldPath): string {
  return appendPath('', path, 0)
}

/** `prefix` (a formatted path) continued with `path` from index `from`: the same as formatting the joined path, without joining it. */
export function appendPath(prefix: string, path: FieldPath, from = 0): string {
  let out = prefix
  for (let i = from; i < path.length; i++) {
    const segment = path[i]
    if (typeof segment === 'number') out += `[${segment}]`
    else if (isIdentifier(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}
