/** Pod Security Standards as upstream Pod Security Admission evaluates them. */
import type { CheckFailure, PodTemplate } from '../model'
import type { CheckedLevel } from '../types'
import { podView, type PodView } from './podView'
import { checksFor } from './registry'
import { effectiveMinor, type PolicyVersion } from './version'

export {
  LATEST_MINOR,
  effectiveMinor,
  formatLevelVersion,
  parsePolicyVersion,
  parseVersionRange,
  readPolicyVersion,
  type PolicyVersion,
  type VersionRange,
} from './version'
export { CHECKED_LEVELS, LEVELS, LEVEL_NAMES, isLevel, stricter } from './levels'
export { podMatrix, type ChangeKind, type MatrixChange, type MatrixRange, type PodMatrix } from './matrix'
export { applyApiDefaults } from './defaults'
export { CHECKS, checksFor } from './registry'
export { CHECK_CATALOG, type CheckChange, type CheckInfo } from './catalog'
export { BASELINE_CAPABILITIES } from './checks/capabilitiesBaseline'
export type { Check, CheckOutcome, CheckVariant } from './checks/types'

/** Upstream's stand-in for an empty reason; built-in checks never produce one. */
export const UNKNOWN_REASON = 'unknown forbidden reason'

/** Evaluates a pod template at a level and version; an empty list means allowed. */
export function evaluatePodSecurity(pod: PodTemplate, level: CheckedLevel, version: PolicyVersion): CheckFailure[] {
  if (level !== 'baseline' && level !== 'restricted') return []
  return failuresAt(podView(pod), level, effectiveMinor(version), new Map())
}

/**
 * Both checked levels at once, each list equal to what `evaluatePodSecurity` returns for it. The
 * restricted level runs the baseline checks again (all but those it overrides) with the same variant
 * on the same pod, so each check is evaluated once and its outcome shared by both lists.
 */
export function evaluatePodSecurityLevels(pod: PodTemplate, version: PolicyVersion): Record<CheckedLevel, CheckFailure[]> {
  const view = podView(pod)
  const minor = effectiveMinor(version)
  const outcomes = new Map<string, CheckFailure | null>()
  return { baseline: failuresAt(view, 'baseline', minor, outcomes), restricted: failuresAt(view, 'restricted', minor, outcomes) }
}

/** The failing checks at `level` in upstream order; `outcomes` holds each check's result, by id, for reuse. */
function failuresAt(view: PodView, level: CheckedLevel, minor: number, outcomes: Map<string, CheckFailure | null>): CheckFailure[] {
  const failures: CheckFailure[] = []
  for (const { check, variant } of checksFor(level, minor)) {
    let failure = outcomes.get(check.id)
    if (failure === undefined) {
      const outcome = variant.evaluate(view)
      failure = outcome ? { check: check.id, level: check.level, ...outcome } : null
      outcomes.set(check.id, failure)
    }
    if (failure) failures.push(failure)
  }
  return failures
}

/** Upstream's detail form: `reason (detail), reason (detail)`. */
export function formatFailures(failures: readonly CheckFailure[]): string {
  return failures.map((f) => (f.detail ? `${f.reason || UNKNOWN_REASON} (${f.detail})` : f.reason || UNKNOWN_REASON)).join(', ')
}

/** Upstream's reason-only form, used when a namespace's existing pods are checked: `reason, reason`. */
export function formatReasons(failures: readonly CheckFailure[]): string {
  return failures.map((f) => f.reason || UNKNOWN_REASON).join(', ')
}
