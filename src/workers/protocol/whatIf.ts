/** A what-if asked of the evaluator, and its answer: one object as if a change were made to its text. */
import type { FixSummary, ObjectReport, TextEdit, Unfixable, WhatIf } from '@secctx/engine'
import type { ObjectSummary } from './reportView'
import type { DetailRequest } from './requests'

/** One object of the last evaluation of `revision`, as if `change` were made to the text that evaluation read. */
export interface WhatIfRequest extends DetailRequest {
  change: WhatIf
}

/** The changed object, summarised and in full (lines in the user's text), and the edits that would make the change. */
export interface WhatIfView {
  summary: ObjectSummary
  detail: ObjectReport
  /** Offsets into the text of the evaluated revision. */
  edits: TextEdit[]
  /** For a level: the fixes it takes, and the checks that would still fail. */
  fixes: FixSummary[]
  unfixable: Unfixable[]
}

/** The view, or why there is nothing to show (the field already says so, the level is already met…). */
export type WhatIfAnswer = WhatIfView | { reason: string }
