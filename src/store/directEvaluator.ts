/** Calls the engine in the calling thread: for unit tests and Node scripts, which have no worker. */
import { evaluate } from '../engine'
import type { Report } from '../engine/types'
import type { Evaluator } from './evaluator'
import { compactReport } from './reportView'

/** Like the worker: keeps the last full report and answers with its compact view. */
export function createDirectEvaluator(): Evaluator {
  let last: { revision: number; version: string; report: Report } | null = null
  const evaluator: Evaluator = async ({ text, version, revision, objectIndex = 0 }) => {
    last = null // so two full reports never live at once
    const report = evaluate(text, { version, file: null })
    last = { revision, version, report }
    return { revision, report: compactReport(report, text, objectIndex) }
  }
  evaluator.detail = async ({ revision, version, index }) => {
    const object = last && last.revision === revision && last.version === version ? last.report.objects[index] : undefined
    if (!object) throw new Error(`no report of object ${index} for revision ${revision}`)
    return object
  }
  return evaluator
}
