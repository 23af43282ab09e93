/**
 * What the API server's strict decoder rejects before validation runs: values of the wrong JSON type
 * (`json: cannot unmarshal …`) and unknown fields (`unknown field "…"`, kubectl's default `--validate=strict`).
 */
import type { Finding } from '../model'
import { type FieldShape, containerOnlyFields, fitsShape, podOnlyFields, windowsFields } from '../podSpec/securityContextSchema'
import type { FieldPath } from '../types'
import { formatPath } from '../util/paths'
import { isSet } from '../util/values'
import { rejected } from './fieldErrors'
import { closestName } from './suggest'

/** Pod spec fields that people often write inside `securityContext`. */
const podSpecFields = ['hostIPC', 'hostNetwork', 'hostPID', 'hostUsers', 'shareProcessNamespace']

/** Where a field written at the wrong level belongs, keyed by the Go type of the mapping it was written in. */
function whereItBelongs(go: string, key: string): string | undefined {
  if (podSpecFields.includes(key)) return `${key} is a pod spec field: set spec.${key}`
  if (go === 'v1.PodSecurityContext' && containerOnlyFields.includes(key)) {
    return `${key} is a container field: set it in each container's securityContext`
  }
  if (go === 'v1.SecurityContext' && podOnlyFields.includes(key)) {
    return `${key} is a pod field: set it once in spec.securityContext`
  }
  if ((go === 'v1.SecurityContext' || go === 'v1.PodSecurityContext') && windowsFields.includes(key)) {
    return `${key} belongs in securityContext.windowsOptions`
  }
  return undefined
}

function unknownField(go: string, key: string, known: readonly string[], path: FieldPath): Finding {
  const head = `unknown field ${JSON.stringify(formatPath(path))}`
  const belongs = whereItBelongs(go, key)
  if (belongs !== undefined) return rejected('misplaced-field', path, `${head}: ${belongs}`)
  const suggestion = closestName(key, known)
  return rejected('unknown-field', path, suggestion === undefined ? head : `${head}: did you mean "${suggestion}"?`)
}

/** What `encoding/json` calls the offending JSON value; a number that does not fit an int64 is printed with its literal. */
function jsonKind(value: unknown, target: FieldShape): string {
  if (typeof value === 'string') return 'string'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return target.kind === 'int64' ? `number ${String(value)}` : 'number'
  return Array.isArray(value) ? 'array' : 'object'
}

/**
 * Checks one field against its shape. `struct` is the Go struct that holds the field, which `encoding/json`
 * names in its message together with the field's JSON path (indices left out).
 */
export function decodeField(value: unknown, shape: FieldShape, path: FieldPath, struct: string, out: Finding[]): void {
  if (!isSet(value)) return
  if (!fitsShape(value, shape)) {
    const jsonPath = path.filter((segment) => typeof segment === 'string').join('.')
    const message = `json: cannot unmarshal ${jsonKind(value, shape)} into Go struct field ${struct}.${jsonPath} of type ${shape.go}`
    out.push(rejected('wrong-type', path, message))
    return
  }
  if (shape.kind === 'list') {
    ;(value as unknown[]).forEach((item, index) => decodeField(item, shape.item, [...path, index], struct, out))
  } else if (shape.kind === 'object') {
    const known = Object.keys(shape.fields)
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childShape = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined
      if (childShape === undefined) out.push(unknownField(shape.go, key, known, [...path, key]))
      else decodeField(child, childShape, [...path, key], shape.go.slice('v1.'.length), out)
    }
  }
}
