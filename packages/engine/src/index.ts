/** The engine's only public entry: the UI and the CLI import from here and nowhere else in the engine. */
export { evaluate, type EvaluateOptions } from './evaluate'
export { isAllowedAt, mergeReports } from './evaluateMerge'
export { decodeManifestBytes } from './parse/decodeBytes'
export { streamPieces, type StreamPiece, type StreamStart } from './parse'
export {
  applyEdits,
  diffLines,
  fixManifest,
  fixObject,
  unifiedDiff,
  type DiffLine,
  type FixedManifest,
  type FixedObject,
  type FixOptions,
  type ObjectTarget,
} from './fix'
export {
  BASELINE_CAPABILITIES,
  CHECK_CATALOG,
  LATEST_MINOR,
  parsePolicyVersion,
  parseVersionRange,
  type CheckChange,
  type CheckInfo,
  type PolicyVersion,
} from './pss'
export { CHECKED_LEVELS, LEVEL_NAMES, LEVELS, isLevel, readPolicyVersion, stricter } from './pss'
export { escapeInvisible, escapeInvisibleDeep } from './util/visibleText'
export type * from './types'
export type * from './fix/types'
export { describeWhatIf, whatIf, type WhatIf, type WhatIfOptions, type WhatIfResult } from './fix/whatIf'
export {
  planNamespaces,
  POD_SECURITY_LABEL_PREFIX,
  POD_SECURITY_MODES,
  readAdmissionConfig,
  type AdmissionSettings,
  type PlanInput,
  type PlanOptions,
} from './namespaces'
export type * from './namespaces/types'
