/**
 * The one walk over a pod spec's containers: Pod Security, the effective context, API validation,
 * the Windows view and the fix plans all visit them through here, so the order and the paths agree.
 */
import type { ContainerType, FieldPath } from '../types'
import { asArray, asRecord, asString, isRecord, own } from './values'

/** One container of a pod spec, with where it sits. */
export interface PodContainer {
  /** initContainer, container or ephemeralContainer. */
  type: ContainerType
  /** Container name, empty when missing (Go's zero value). */
  name: string
  /** Relative to the template root, e.g. `['spec', 'initContainers', 0]`. */
  path: FieldPath
  /** The container mapping (empty when the entry is not a mapping). */
  container: Record<string, unknown>
  /**
   * False when the list entry is not a mapping: Pod Security skips such an entry (Go could not
   * decode it into a container), the other views show it as an empty container at its index.
   */
  isMapping: boolean
}

/** The three container lists with the type each holds, in the order upstream visits them. */
const CONTAINER_LISTS: readonly (readonly [ContainerType, string])[] = [
  ['initContainer', 'initContainers'],
  ['container', 'containers'],
  ['ephemeralContainer', 'ephemeralContainers'],
]

/** Every container in upstream visiting order: initContainers, containers, then ephemeralContainers. */
export function podContainers(spec: Record<string, unknown>): PodContainer[] {
  const out: PodContainer[] = []
  for (const [type, key] of CONTAINER_LISTS) {
    asArray(own(spec, key)).forEach((entry, index) => {
      const container = asRecord(entry)
      out.push({ type, name: asString(own(container, 'name')) ?? '', path: ['spec', key, index], container, isMapping: isRecord(entry) })
    })
  }
  return out
}
