/** The kinds the playground understands, and the root schema that picks a definition by `kind`. */
import { refTo, type JsonSchema } from './jsonSchema'

/** Workload kinds with a pod template (or a pod) → their definition ids. */
export const WORKLOAD_KINDS: Readonly<Record<string, string>> = {
  Pod: 'io.k8s.api.core.v1.Pod',
  PodTemplate: 'io.k8s.api.core.v1.PodTemplate',
  ReplicationController: 'io.k8s.api.core.v1.ReplicationController',
  Deployment: 'io.k8s.api.apps.v1.Deployment',
  StatefulSet: 'io.k8s.api.apps.v1.StatefulSet',
  DaemonSet: 'io.k8s.api.apps.v1.DaemonSet',
  ReplicaSet: 'io.k8s.api.apps.v1.ReplicaSet',
  Job: 'io.k8s.api.batch.v1.Job',
  CronJob: 'io.k8s.api.batch.v1.CronJob',
}

export const LIST_ID = 'io.k8s.api.core.v1.List'
/** The dispatching schema; `List.items` refers back to it. */
export const RESOURCE_ID = 'resource'

/**
 * kubectl's `kind: List` wrapper. It is not a stored API type, so kubernetes-types has no
 * interface for it; its shape is `metav1.List`: ListMeta plus `items`, each item a resource.
 */
export const LIST_DEFINITION: JsonSchema = {
  type: 'object',
  description: 'List holds a list of objects, which may not be known by the server (`kind: List`, as `kubectl get -o yaml` prints several objects).',
  properties: {
    apiVersion: { type: 'string', enum: ['v1'], description: 'APIVersion of a List: v1.' },
    kind: { type: 'string', enum: ['List'], description: 'Kind: List.' },
    metadata: {
      ...refTo('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta'),
      description: 'Standard list metadata.',
    },
    items: {
      type: 'array',
      items: refTo(RESOURCE_ID),
      description: 'List of objects. Each is checked against the schema of its kind.',
    },
  },
  required: ['items'],
  additionalProperties: false,
}

/**
 * One `if kind is K then K's schema` per kind. Any other kind (a Service, a ConfigMap, a CRD)
 * matches no `if` and passes, so the editor never flags objects the playground does not model.
 */
export function resourceSchema(): JsonSchema {
  const kinds = { ...WORKLOAD_KINDS, List: LIST_ID }
  return {
    type: 'object',
    description: 'A Kubernetes object. Workload kinds are checked in detail; other kinds are accepted as they are.',
    properties: {
      apiVersion: {
        type: 'string',
        description: 'The API group and version of the object, for example v1 or apps/v1.',
        examples: ['v1', 'apps/v1', 'batch/v1'],
      },
      kind: {
        type: 'string',
        description: 'The kind of object. The playground evaluates the workload kinds below.',
        examples: Object.keys(kinds),
      },
    },
    allOf: Object.entries(kinds).map(([kind, id]) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: refTo(id),
    })),
  }
}
