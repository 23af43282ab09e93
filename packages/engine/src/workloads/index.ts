/** Finds pod templates inside Kubernetes objects, one adapter per kind, with Lists flattened. */
export { extractDocument, isListKind } from './extract'
export { ADAPTERS, apiGroup, type WorkloadAdapter } from './adapters'
export type { Extracted, FoundObject, Invalid, Skipped, Workload } from './types'
