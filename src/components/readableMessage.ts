/**
 * API field errors print the rejected value before the reason (`<path>: Invalid value: "<value>":
 * <reason>`). For a long value (a 300-character runAsUserName) the reason is then off-screen: lead
 * with it and shorten the value. The full upstream text stays available (as a tooltip, and in the CLI).
 */

/** Values longer than this many characters are shortened. */
const LONG_VALUE = 60
/** How much of a long value is kept. */
const KEPT = 32

const FIELD_ERROR = /^(\S+): Invalid value: ("(?:[^"\\]|\\.)*"): ([\s\S]+)$/

/** The message with its reason first when it quotes a long value; other messages unchanged. */
export function leadWithReason(message: string): string {
  const match = FIELD_ERROR.exec(message)
  if (!match) return message
  const [, path, value, reason] = match as unknown as [string, string, string, string]
  const characters = value.length - 2
  if (characters <= LONG_VALUE) return message
  return `${reason} (${path}: ${value.slice(0, KEPT + 1)}…", ${characters} characters)`
}
