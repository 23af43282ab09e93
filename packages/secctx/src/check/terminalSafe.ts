/** Makes text from a manifest safe for a terminal: manifests are untrusted, and printed raw their strings could clear the screen, plant hyperlinks, forge lines or reverse text. */
import { escapeInvisible } from '@secctx/engine'

/** The string with every control, bidi and zero-width character written as a visible escape (`\n`, `\x1b`, `\u202e`). */
export const escapeControls: (text: string) => string = escapeInvisible
