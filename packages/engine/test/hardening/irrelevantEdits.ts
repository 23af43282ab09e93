/**
 * Edits that must not change a Pod Security verdict: reordering keys (Go decodes into structs and
 * maps, so order never matters) and adding the fields a live object carries that admission never
 * reads (`status`, `managedFields`, `resourceVersion`, the last-applied annotation).
 */
import { cloneData, isMap, mapOf, seededRandom, setOwn, type Data, type DataMap } from './data'

/** The same data with every mapping's keys in a seeded random order. */
export function shuffleKeys(value: Data, seed: number): Data {
  const random = seededRandom(seed)
  const visit = (node: Data): Data => {
    if (Array.isArray(node)) return node.map(visit)
    if (!isMap(node)) return node
    const keys = Object.keys(node)
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[keys[i], keys[j]] = [keys[j], keys[i]]
    }
    return mapOf(keys.map((key) => [key, visit(node[key])]))
  }
  return visit(value)
}

/** The object as `kubectl get -o yaml` would show it from a live cluster; non-objects are returned unchanged. */
export function addServerFields(value: Data): Data {
  if (!isMap(value)) return value
  const object = cloneData(value) as DataMap
  const metadata = isMap(object.metadata) ? object.metadata : null
  if (metadata) {
    setOwn(metadata, 'uid', '6f1c2f8e-3a51-4c4e-9a7e-0d6b1f0c9e21')
    setOwn(metadata, 'resourceVersion', '48213')
    setOwn(metadata, 'generation', 3)
    setOwn(metadata, 'creationTimestamp', '2024-05-01T10:00:00Z')
    setOwn(metadata, 'managedFields', [
      mapOf([
        ['apiVersion', 'v1'],
        ['fieldsType', 'FieldsV1'],
        ['manager', 'kubectl-client-side-apply'],
        ['operation', 'Update'],
        ['time', '2024-05-01T10:00:00Z'],
        ['fieldsV1', mapOf([['f:spec', mapOf([['f:securityContext', mapOf([['f:privileged', {}]])]])]])],
      ]),
    ])
    const annotations = isMap(metadata.annotations) ? metadata.annotations : null
    // Only added where annotations already exist, so the edit never changes their type.
    if (annotations) setOwn(annotations, 'kubectl.kubernetes.io/last-applied-configuration', JSON.stringify(value))
  }
  setOwn(
    object,
    'status',
    mapOf([
      ['phase', 'Running'],
      ['hostIP', '10.0.0.4'],
      [
        'conditions',
        [
          mapOf([
            ['type', 'Ready'],
            ['status', 'True'],
            ['lastTransitionTime', '2024-05-01T10:00:05Z'],
          ]),
        ],
      ],
      [
        'containerStatuses',
        [
          mapOf([
            ['name', 'app'],
            ['ready', true],
            ['restartCount', 0],
            ['started', true],
          ]),
        ],
      ],
      ['replicas', 3],
      ['observedGeneration', 3],
    ]),
  )
  return object
}
