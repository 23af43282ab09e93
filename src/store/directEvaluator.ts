/** Calls the engine in the calling thread: for unit tests, Node scripts, and a fallback when workers are unavailable. */
import { evaluate } from '../engine'
import type { Evaluator } from './evaluator'

export const directEvaluator: Evaluator = async ({ text, version, revision }) => ({
  revision,
  report: evaluate(text, { version, file: null }),
})
