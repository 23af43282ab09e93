/** Goal checking as pure functions over the report's compact view, so the UI and the tests judge a step the same way. */
import { stricter } from '@secctx/engine'
import type { ReportView } from '../workers/protocol/reportView'
import type { Goal } from './types'

/** What a goal is judged on: the app's compact view of a report (its summaries name the failing checks). */
type GoalSubject = Pick<ReportView, 'requestedVersion' | 'objects'>

/** `reached`, `not-yet`, or `other-version` when the report was computed at a version the goal is not judged at. */
export type GoalStatus = 'reached' | 'not-yet' | 'other-version'

/** Judges a goal against a report; the report must be for the goal's version. */
export function checkGoal(goal: Goal, report: GoalSubject | null): GoalStatus {
  if (!report) return 'not-yet'
  if (report.requestedVersion !== (goal.version ?? 'latest')) return 'other-version'
  const object = report.objects[goal.object ?? 0]
  if (!object) return 'not-yet'
  if (goal.meets && stricter(goal.meets, object.highestLevel)) return 'not-yet'
  if (goal.clears) {
    const failing = new Set(object.failingChecks)
    if (goal.clears.some((check) => failing.has(check))) return 'not-yet'
  }
  return 'reached'
}
