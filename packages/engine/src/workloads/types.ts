import type { PodTemplate } from '../model'
import type { FieldPath } from '../types'

/** What every found object shares: where it sits in its document and who it is. */
export interface FoundObject {
  /** Path of the object inside its document: `[]`, or `['items', n]` for a List item. */
  objectPath: FieldPath
  /** Index inside a List, else null. */
  item: number | null
  kind: string | null
  apiVersion: string | null
  name: string | null
  namespace: string | null
}

/** An object that carries a pod template Pod Security Admission evaluates. */
export interface Workload extends FoundObject {
  type: 'workload'
  kind: string
  /** Path of the pod template from the object root: `[]` for a Pod, `['spec', 'template']` for a Deployment. */
  templatePath: FieldPath
  /** The template's metadata (annotations are read from here, never from the workload's own metadata) and spec. */
  template: PodTemplate
  /** True when the template is absent and an empty one stands in, as upstream's extractor does. */
  missingTemplate: boolean
}

/** An object that is fine but has nothing to evaluate. */
export interface Skipped extends FoundObject {
  type: 'skipped'
  reason: string
}

/** An object the API server could not even decode (not a mapping, no kind, a template that is not a mapping). */
export interface Invalid extends FoundObject {
  type: 'invalid'
  /** The offending field, from the object root. */
  path: FieldPath
  message: string
}

/** One result of extraction, in document order. */
export type Extracted = Workload | Skipped | Invalid
