/** Field errors worded the way the API server prints them (apimachinery `field.Error`): `<path>: <type>: <value>: <detail>`. */
import type { Finding } from '../model'
import type { FieldPath } from '../types'
import { goJsonString, goValue } from '../util/goJson'
import { formatPath } from '../util/paths'

/** `<path>: Invalid value: <value>: <detail>`; `rendered` replaces the value when upstream prints a Go struct. */
export function invalid(path: FieldPath, value: unknown, detail: string, rendered?: string): string {
  return `${formatPath(path)}: Invalid value: ${rendered ?? goValue(value)}: ${detail}`
}

/** `<path>: Forbidden: <detail>` (no value is printed). */
export function forbidden(path: FieldPath, detail: string): string {
  return `${formatPath(path)}: Forbidden: ${detail}`
}

/** `<path>: Required value: <detail>`. */
export function required(path: FieldPath, detail: string): string {
  return `${formatPath(path)}: Required value${detail === '' ? '' : `: ${detail}`}`
}

/** `<path>: Unsupported value: <value>: supported values: "a", "b"`. */
export function unsupported(path: FieldPath, value: unknown, supported: readonly string[]): string {
  return `${formatPath(path)}: Unsupported value: ${goValue(value)}: supported values: ${supported.map(goJsonString).join(', ')}`
}

/** `<path>: Too long: <detail>` (the value is omitted). */
export function tooLong(path: FieldPath, detail: string): string {
  return `${formatPath(path)}: Too long: ${detail}`
}

/** A finding the API server rejects the object for. */
export function rejected(code: string, path: FieldPath, message: string): Finding {
  return { severity: 'error', code, path, message }
}
