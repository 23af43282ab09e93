/** Combines the reports of several inputs (the CLI's files) into one. */
import { LATEST_MINOR } from './pss'
import type { CheckedLevel, Level, ObjectReport, Report } from './types'

/** One report holding every object, skipped object and error, in input order; versions come from the first report. */
export function mergeReports(reports: readonly Report[]): Report {
  return {
    policyVersion: reports[0]?.policyVersion ?? `v1.${LATEST_MINOR}`,
    requestedVersion: reports[0]?.requestedVersion ?? 'latest',
    objects: reports.flatMap((report) => report.objects),
    skipped: reports.flatMap((report) => report.skipped),
    errors: reports.flatMap((report) => report.errors),
  }
}

/** Whether Pod Security Admission allows the object at a level (privileged allows everything). */
export function isAllowedAt(object: Pick<ObjectReport, 'levels'>, level: Level): boolean {
  return level === 'privileged' || object.levels[level].allowed
}

/** The strictest level whose evaluation allows the object. */
export function highestLevel(levels: Record<CheckedLevel, { allowed: boolean }>): Level {
  if (levels.restricted.allowed) return 'restricted'
  return levels.baseline.allowed ? 'baseline' : 'privileged'
}
