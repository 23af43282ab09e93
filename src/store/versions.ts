/** The policy versions offered in the selector: `latest`, then every minor from newest to v1.0. */

/**
 * Newest policy minor offered. It mirrors the engine's table; a newer `v1.N` still works
 * (the engine evaluates it as its newest), it is just not listed.
 */
export const NEWEST_LISTED_MINOR = 37

export const POLICY_VERSIONS: readonly string[] = [
  'latest',
  ...Array.from({ length: NEWEST_LISTED_MINOR + 1 }, (_, i) => `v1.${NEWEST_LISTED_MINOR - i}`),
]

/** Accepts exactly the forms Pod Security Admission accepts: `latest` or `v1.<minor>` without a leading zero. */
export function isPolicyVersion(text: string): boolean {
  return text === 'latest' || /^v1\.(0|[1-9][0-9]*)$/.test(text)
}
