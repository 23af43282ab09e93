/**
 * The checks themselves, for reports that describe every check rather than one pod's failures
 * (SARIF rules, documentation): read off the registry, so a new check or variant shows up here too.
 */
import type { CheckedLevel } from '../types'
import { CHECKS } from './registry'

/** One change of a check's behaviour at a policy version. */
export interface CheckChange {
  /** `v1.<minor>`. */
  version: string
  /** What changed, in words. */
  change: string
}

/** What a Pod Security check is: the id a violation's `check` names, its level and its history. */
export interface CheckInfo {
  /** Upstream check id, e.g. `runAsNonRoot`. */
  id: string
  level: CheckedLevel
  /** The first policy version that runs it, `v1.<minor>`. */
  since: string
  /** Every later change of behaviour, oldest first. */
  changes: CheckChange[]
  /** Baseline checks this restricted check replaces at the restricted level, and from which version. */
  replaces: { check: string; since: string }[]
}

const version = (minor: number) => `v1.${minor}`

/** Every check in upstream order (baseline ids byte-sorted, then restricted ones). */
export const CHECK_CATALOG: readonly CheckInfo[] = CHECKS.map((check) => {
  const replaces = new Map<string, number>()
  for (const variant of check.variants) for (const id of variant.overrides ?? []) if (!replaces.has(id)) replaces.set(id, variant.minVersion)
  return {
    id: check.id,
    level: check.level,
    since: version(check.variants[0].minVersion),
    changes: check.variants.flatMap((variant, index) =>
      index > 0 && variant.change ? [{ version: version(variant.minVersion), change: variant.change }] : [],
    ),
    replaces: [...replaces].map(([id, minor]) => ({ check: id, since: version(minor) })),
  }
})
