/**
 * Evaluates and keeps the last full report, answering with its compact view and, on request, one
 * object's full report from it, both with invisible characters escaped for display. The evaluation worker holds one; the direct evaluator (tests, Node)
 * holds another.
 */
import { escapeInvisibleDeep, evaluate, fixObject, planNamespaces, whatIf } from '@secctx/engine'
import type { CheckedLevel, ObjectReport, Report } from '@secctx/engine'
import { compactPlan, type PlanView } from './protocol/planView'
import type { DetailRequest, EvaluationRequest, FixRequest, LevelFixes, PlanRequest } from './protocol/requests'
import { compactReport, summarise, type ReportView } from './protocol/reportView'
import type { WhatIfAnswer, WhatIfRequest } from './protocol/whatIf'

/** See the module comment. */
export interface ReportKeeper {
  evaluate(request: EvaluationRequest): ReportView
  /** Throws when the kept report is not that revision's and version's (a newer one replaced it, or none was made). */
  detail(request: DetailRequest): ObjectReport
  /** The object's fixes at both checked levels, from the kept text; throws like `detail`. */
  fixes(request: FixRequest): LevelFixes
  /** The namespace rollout plan of the kept text at the kept version; throws when the kept report is not that revision's and version's. */
  plan(request: PlanRequest): PlanView
  /** One object of the kept text as if a change were made to it (evaluated on a changed copy); throws like `detail`. */
  whatIf(request: WhatIfRequest): WhatIfAnswer
}

/** A keeper holding no report yet. */
export function createReportKeeper(): ReportKeeper {
  let last: { revision: number; version: string; report: Report; text: string; plan?: PlanView } | null = null
  const kept = ({ revision, version, index }: DetailRequest): ObjectReport => {
    const object = last && last.revision === revision && last.version === version ? last.report.objects[index] : undefined
    if (!object) throw new Error(`no report of object ${index} for revision ${revision}`)
    return object
  }
  return {
    evaluate({ text, version, revision, objectIndex = 0 }) {
      last = null // so two full reports never live at once
      // Every object's version matrix comes with the report: each check variant runs once, about 3x Pod Security's share.
      const report = evaluate(text, { version, file: null, versions: 'all' })
      last = { revision, version, report, text }
      // What the panels show and the copy buttons copy: a name with a right-to-left override or a
      // zero-width space must not reverse or hide text there, so such characters arrive escaped.
      return escapeInvisibleDeep(compactReport(report, text, objectIndex))
    },
    detail: (request) => escapeInvisibleDeep(kept(request)),
    fixes(request) {
      const { document, item } = kept(request)
      const text = (last as { text: string }).text
      const at = (level: CheckedLevel) => fixObject(text, { document, item }, { level, version: request.version })
      return { baseline: at('baseline'), restricted: at('restricted') }
    },
    plan({ revision, version }) {
      if (!last || last.revision !== revision || last.version !== version) throw new Error(`no evaluation of revision ${revision} to plan`)
      // Planned once per evaluation: the view asks again after a worker restart or a remount.
      last.plan ??= escapeInvisibleDeep(compactPlan(planNamespaces([{ file: null, text: last.text }], { version }), last.report))
      return last.plan
    },
    whatIf(request) {
      const { document, item } = kept(request)
      const text = (last as { text: string }).text
      const answer = whatIf(text, { document, item }, request.change, { version: request.version })
      if ('reason' in answer) return answer
      const detail = escapeInvisibleDeep(answer.object)
      return {
        summary: summarise(detail),
        detail,
        edits: answer.edits,
        fixes: escapeInvisibleDeep(answer.fixes),
        unfixable: escapeInvisibleDeep(answer.unfixable),
      }
    },
  }
}
