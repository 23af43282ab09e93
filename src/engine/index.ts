/** The engine's only public entry: the UI and the CLI import from here and nowhere else in the engine. */
export { evaluate, type EvaluateOptions } from './evaluate'
export { isAllowedAt, mergeReports } from './evaluateMerge'
export { LATEST_MINOR, parsePolicyVersion, type PolicyVersion } from './pss'
export { formatPath } from './util/paths'
export type * from './types'
