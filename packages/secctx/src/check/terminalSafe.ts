/** Makes a report's text safe for a terminal: manifests are untrusted, and printed raw their strings could clear the screen, plant hyperlinks, forge lines or reverse text. */
import { escapeInvisible, escapeInvisibleDeep, type Report } from '@secctx/engine'

/** The string with every control, bidi and zero-width character written as a visible escape (`\n`, `\x1b`, `\u202e`). */
export const escapeControls: (text: string) => string = escapeInvisible

/** A copy of the report with every string escaped; the report itself is left as the engine made it. */
export function terminalSafeReport(report: Report): Report {
  return escapeInvisibleDeep(report)
}
