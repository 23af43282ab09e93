/**
 * Evaluates and keeps the last full report, answering with its compact view and, on request, one
 * object's full report from it. The evaluation worker holds one; the direct evaluator (tests, Node)
 * holds another.
 */
import { evaluate } from '../engine'
import type { ObjectReport, Report } from '../engine/types'
import type { DetailRequest, EvaluationRequest } from './evaluator'
import { compactReport, type ReportView } from './reportView'

/** See the module comment. */
export interface ReportKeeper {
  evaluate(request: EvaluationRequest): ReportView
  /** Throws when the kept report is not that revision's and version's (a newer one replaced it, or none was made). */
  detail(request: DetailRequest): ObjectReport
}

/** A keeper holding no report yet. */
export function createReportKeeper(): ReportKeeper {
  let last: { revision: number; version: string; report: Report } | null = null
  return {
    evaluate({ text, version, revision, objectIndex = 0 }) {
      last = null // so two full reports never live at once
      const report = evaluate(text, { version, file: null })
      last = { revision, version, report }
      return compactReport(report, text, objectIndex)
    },
    detail({ revision, version, index }) {
      const object = last && last.revision === revision && last.version === version ? last.report.objects[index] : undefined
      if (!object) throw new Error(`no report of object ${index} for revision ${revision}`)
      return object
    },
  }
}
