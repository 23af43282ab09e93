/** The engine's only public entry: the UI and the CLI import from here and nowhere else in the engine. */
export { evaluate, type EvaluateOptions } from './evaluate'
export { isAllowedAt, mergeReports } from './evaluateMerge'
export { decodeManifestBytes } from './parse/decodeBytes'
export { applyEdits, fixManifest, fixObject, unifiedDiff, type FixedManifest, type FixedObject, type FixOptions, type ObjectTarget } from './fix'
export { LATEST_MINOR, parsePolicyVersion, parseVersionRange, type PolicyVersion } from './pss'
export { formatPath } from './util/paths'
export type * from './types'
export type * from './fix/types'
