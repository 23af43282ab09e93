import type { ContainerType, FieldPath } from '../types'
import { asArray, asRecord, asString, own } from './values'

/** One container of a pod spec, with where it sits. */
export interface PodContainer {
  /** initContainer, container or ephemeralContainer. */
  type: ContainerType
  /** Container name, empty when missing. */
  name: string
  /** Relative to the template root, e.g. `['spec', 'initContainers', 0]`. */
  path: FieldPath
  /** The container mapping (empty when the entry is not a mapping). */
  container: Record<string, unknown>
}

const lists: readonly [ContainerType, string][] = [
  ['initContainer', 'initContainers'],
  ['container', 'containers'],
  ['ephemeralContainer', 'ephemeralContainers'],
]

/** Every container in upstream visiting order: initContainers, containers, then ephemeralContainers. */
export function podContainers(spec: Record<string, unknown>): PodContainer[] {
  const out: PodContainer[] = []
  for (const [type, key] of lists) {
    asArray(own(spec, key)).forEach((entry, index) => {
      const container = asRecord(entry)
      out.push({ type, name: asString(own(container, 'name')) ?? '', path: ['spec', key, index], container })
    })
  }
  return out
}
