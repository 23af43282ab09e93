/**
 * The part of a report that irrelevant edits must leave alone: per object, the highest level and
 * the set of violations at each level. Locations and document numbers legitimately move when the
 * layout changes, so they are left out.
 */
import type { Report, Violation } from '../../src/index'

/** One object's verdict, comparable with toEqual. */
export interface ObjectVerdict {
  kind: string
  name: string | null
  highestLevel: string
  baseline: string[]
  restricted: string[]
}

/** The verdict of every object plus how many objects were skipped and how many errors there were. */
export interface ReportVerdict {
  objects: ObjectVerdict[]
  skipped: number
  errors: number
}

/** The report's verdict; violations are sorted, as their set is what must not change. */
export function verdictOf(report: Report): ReportVerdict {
  const set = (violations: Violation[]) => violations.map((v) => `${v.check} | ${v.reason} | ${v.detail}`).sort()
  return {
    objects: report.objects.map((object) => ({
      kind: object.kind,
      name: object.name,
      highestLevel: object.highestLevel,
      baseline: set(object.levels.baseline.violations),
      restricted: set(object.levels.restricted.violations),
    })),
    skipped: report.skipped.length,
    errors: report.errors.length,
  }
}
