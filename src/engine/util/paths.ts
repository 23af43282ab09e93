import type { FieldPath } from '../types'

const identifier = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

/** Formats a field path the way kubectl and the API server print it: `spec.containers[0].securityContext`, with `["key"]` for keys that are not plain names. */
export function formatPath(path: FieldPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}
