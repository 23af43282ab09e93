/** Calls the engine in the calling thread: for unit tests and Node scripts, which have no worker. */
import type { Evaluator } from './evaluator'
import { createReportKeeper } from '../workers/reportKeeper'

/** Like the worker: keeps the last full report and answers with its compact view. */
export function createDirectEvaluator(): Evaluator {
  const keeper = createReportKeeper()
  const evaluator: Evaluator = async (request) => ({ revision: request.revision, report: keeper.evaluate(request) })
  evaluator.detail = async (request) => keeper.detail(request)
  evaluator.fixes = async (request) => keeper.fixes(request)
  evaluator.plan = async (request) => keeper.plan(request)
  evaluator.whatIf = async (request) => keeper.whatIf(request)
  return evaluator
}
