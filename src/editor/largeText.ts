/**
 * Texts above 1 MiB are data dumps (`kubectl get -A -o yaml`), not manifests anyone edits by hand:
 * the editors drop what costs per character (syntax colouring, the schema worker, a laid-out
 * textarea) and keep the page responsive.
 */

/** From this length (UTF-16 units; about bytes for manifests) a text is large. */
export const LARGE_TEXT_LENGTH = 1024 * 1024

/** Whether the editors treat a text as large. */
export function isLargeText(text: string): boolean {
  return text.length > LARGE_TEXT_LENGTH
}

/** The Monaco language for a text: plain text for a large one, so it is never tokenized or sent to the schema worker. */
export function languageFor(text: string): 'yaml' | 'plaintext' {
  return isLargeText(text) ? 'plaintext' : 'yaml'
}
