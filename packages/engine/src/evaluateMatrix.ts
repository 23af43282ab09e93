/** The version matrix of one object in its public form: verdict ranges and the changes that concern it. */
import type { ObjectLocator } from './evaluateLocations'
import { highestLevel } from './evaluateMerge'
import type { CheckFailure, PodTemplate } from './model'
import { podMatrix, type MatrixChange, type VersionRange } from './pss'
import type { CheckOutcomeText, VersionChange, VersionVerdict } from './types'

/** `matrix` and `changes` of an API-defaulted pod template over `range`, located in the object's source. */
export function versionMatrix(template: PodTemplate, range: VersionRange, locator: ObjectLocator): { matrix: VersionVerdict[]; changes: VersionChange[] } {
  const { ranges, changes } = podMatrix(template, range.from, range.to)
  return {
    matrix: ranges.map(({ from, to, allowed }) => ({
      from: `v1.${from}`,
      to: `v1.${to}`,
      highestLevel: highestLevel({ baseline: { allowed: allowed.baseline }, restricted: { allowed: allowed.restricted } }),
      baseline: { allowed: allowed.baseline },
      restricted: { allowed: allowed.restricted },
    })),
    changes: changes.map((change) => toChange(change, locator)),
  }
}

function toChange(change: MatrixChange, locator: ObjectLocator): VersionChange {
  const concerned = change.failure ?? change.previous
  // A check that names no field is still shown somewhere: at the pod spec, as violations are.
  const paths = concerned && concerned.paths.length > 0 ? concerned.paths : [['spec']]
  const effect = change.failure ? `now fails: ${phrase(change.failure)}` : `no longer fails: ${change.previous ? phrase(change.previous) : ''}`
  return {
    version: `v1.${change.minor}`,
    check: change.check,
    kind: change.kind,
    note: `${change.change} — ${effect}`,
    locations: paths.map((path) => locator.template(path)),
    failure: change.failure ? wording(change.failure) : null,
    previous: change.previous ? wording(change.previous) : null,
  }
}

function wording({ reason, detail }: CheckFailure): CheckOutcomeText {
  return { reason, detail }
}

function phrase(failure: CheckFailure): string {
  return failure.detail ? `${failure.reason} (${failure.detail})` : failure.reason
}
