/** Why a link could not be opened, as data: the app turns it into a notice and keeps the current draft. */

export type PermalinkErrorKind = 'not-a-permalink' | 'unknown-version' | 'malformed' | 'truncated' | 'damaged' | 'corrupt' | 'too-large' | 'invalid'

/** A typed decoding failure; `detail` is for logs and tests, `message` for people. */
export interface PermalinkError {
  kind: PermalinkErrorKind
  message: string
  detail: string
}

const CUT_OR_CHANGED = 'This link is cut short or changed, probably by a chat or mail client. Ask for the whole link.'

const MESSAGES: Record<PermalinkErrorKind, string> = {
  'not-a-permalink': 'The address does not hold a playground link.',
  'unknown-version': 'This link was made by a newer version of the playground than this one. Reload the page to get the newest version.',
  malformed: 'This link is damaged: it contains characters a playground link never has.',
  truncated: CUT_OR_CHANGED,
  // A v2 link whose checksum does not match: from the outside, the same accident as a cut.
  damaged: CUT_OR_CHANGED,
  corrupt: 'This link is damaged and cannot be read.',
  'too-large': 'This link holds more than 1 MiB of text, so it was not opened.',
  invalid: 'This link holds settings the playground does not know.',
}

/** Builds the error for a kind, with the standard message for people. */
export function permalinkError(kind: PermalinkErrorKind, detail: string): PermalinkError {
  return { kind, message: MESSAGES[kind], detail }
}
