/** The shape of a Pod Security check, mirroring upstream's versioned check registry. */
import type { CheckedLevel, FieldPath } from '../../types'
import type { PodView } from '../podView'

/** What a failing check reports: upstream's reason and detail, and the fields to blame. */
export interface CheckOutcome {
  reason: string
  detail: string
  /** One path per offending place, relative to the template root, in visiting order. */
  paths: FieldPath[]
}

/** A check's pod function: null when the pod is allowed. */
export type Evaluate = (pod: PodView) => CheckOutcome | null

/** One versioned behaviour of a check; it applies from `v1.<minVersion>` until the next variant's. */
export interface CheckVariant {
  minVersion: number
  evaluate: Evaluate
  /** What this variant changed upstream, in words, for every variant after v1.0: a new check's rule or the relaxation. */
  change?: string
  /** Baseline check ids this restricted variant replaces at the restricted level. */
  overrides?: readonly string[]
}

/** A Pod Security check: upstream id, level and variants in increasing version order. */
export interface Check {
  id: string
  level: CheckedLevel
  variants: readonly CheckVariant[]
}
