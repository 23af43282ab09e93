/** The JSON-schema shape the generator emits: a plain JSON object (draft-07 keywords). */
export type JsonSchema = { [keyword: string]: JsonValue }
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** `#/definitions/<id>` for a definition id. */
export const refTo = (id: string): JsonSchema => ({ $ref: `#/definitions/${id}` })

/** Every definition id a schema refers to, at any depth. */
export function collectRefs(value: JsonValue, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#/definitions/')) {
        into.add(item.slice('#/definitions/'.length))
      } else {
        collectRefs(item, into)
      }
    }
  }
  return into
}

/** JSON with object keys sorted at every depth and a final newline, so output is stable. */
export function serializeSchema(schema: JsonValue): string {
  return `${JSON.stringify(sortKeys(schema), null, 2)}\n`
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key]!)]),
    )
  }
  return value
}
