/** Turns one parsed document into the objects it holds: itself, or the items of a List. */
import type { FieldPath } from '../types'
import { isRecord, isSet, own } from '../util/values'
import { describeType } from './describe'
import { extractObject, identify } from './extractObject'
import type { Extracted, FoundObject } from './types'

/** `List`, or a typed list such as `PodList` (a `…List` kind that has `items`, as kubectl decides). */
export function isListKind(kind: string, object: Record<string, unknown>): boolean {
  return kind === 'List' || (kind.length > 4 && kind.endsWith('List') && own(object, 'items') !== undefined)
}

/** Every object in a document, in order; List items are flattened with their index in `item`. */
export function extractDocument(value: unknown): Extracted[] {
  if (!isRecord(value)) {
    // kubectl refuses such a document too, so it is an input error rather than something to skip.
    return [
      invalid(anonymous([], null), [], `the document is not a Kubernetes object: expected a mapping with apiVersion and kind, found ${describeType(value)}`),
    ]
  }
  const found = identify(value, [], null)
  const kind = own(value, 'kind')
  if (isSet(kind) && typeof kind !== 'string') return [invalid(found, ['kind'], `kind must be a string, found ${describeType(kind)}`)]
  if (found.kind === null)
    return [invalid(found, [], "the object has no kind (kubectl: Object 'Kind' is missing); every Kubernetes object needs apiVersion and kind")]
  if (!isListKind(found.kind, value)) return [extractObject(value, { ...found, kind: found.kind })]
  return extractList(value, found)
}

function extractList(list: Record<string, unknown>, found: FoundObject): Extracted[] {
  const listKind = found.kind as string
  const items = own(list, 'items')
  if (!isSet(items)) return []
  if (!Array.isArray(items)) return [invalid(found, ['items'], `items of a ${listKind} must be a sequence, found ${describeType(items)}`)]
  // Items of a typed list (a PodList as the API returns it) may leave out their kind and apiVersion.
  const inherited = listKind === 'List' ? undefined : { kind: listKind.slice(0, -4), apiVersion: found.apiVersion }
  return items.map((item, index): Extracted => {
    const objectPath: FieldPath = ['items', index]
    if (!isRecord(item))
      return invalid(anonymous(objectPath, index), [], `item ${index} of the ${listKind} is not a Kubernetes object: found ${describeType(item)}`)
    const itemFound = identify(item, objectPath, index, inherited)
    if (itemFound.kind === null) return invalid(itemFound, [], `item ${index} of the ${listKind} has no kind (kubectl: Object 'Kind' is missing)`)
    if (isListKind(itemFound.kind, item)) {
      return { ...itemFound, type: 'skipped', reason: `a ${itemFound.kind} inside a ${listKind} is not flattened; list its items directly` }
    }
    return extractObject(item, { ...itemFound, kind: itemFound.kind })
  })
}

function anonymous(objectPath: FieldPath, item: number | null): FoundObject {
  return { objectPath, item, kind: null, apiVersion: null, name: null, namespace: null }
}

function invalid(found: FoundObject, path: FieldPath, message: string): Extracted {
  return { ...found, type: 'invalid', path, message }
}
