/** Policy versions as Pod Security Admission reads them from namespace labels. */

/** A policy version as asked for (`label`, printed in messages) and the minor actually evaluated. */
export interface PolicyVersion {
  label: string
  minor: number
}

/** The newest policy minor the engine knows; `latest` and later versions evaluate as this one. */
export const LATEST_MINOR = 37

const numbered = /^v1\.(0|[1-9][0-9]*)$/

/** Parses `latest` or `v1.N` (no leading zero); anything else is an error that names the accepted forms. */
export function parsePolicyVersion(text: string): { ok: true; version: PolicyVersion } | { ok: false; message: string } {
  if (text === 'latest') return { ok: true, version: { label: text, minor: LATEST_MINOR } }
  const match = typeof text === 'string' ? numbered.exec(text) : null
  if (!match) {
    return { ok: false, message: `invalid version ${JSON.stringify(String(text))}: expected "latest" or "v1.<minor>" (minor 0 or without a leading zero), e.g. v1.30` }
  }
  // Upstream clamps anything newer than the newest known policy, but keeps the label as written.
  return { ok: true, version: { label: text, minor: Math.min(Number(match[1]), LATEST_MINOR) } }
}

/** The minor a version evaluates as; a malformed minor means latest, as upstream treats an invalid version label. */
export function effectiveMinor(version: PolicyVersion): number {
  const minor = version.minor
  return Number.isSafeInteger(minor) && minor >= 0 ? Math.min(minor, LATEST_MINOR) : LATEST_MINOR
}

/** Prints a level and version the way upstream messages do, e.g. `restricted:latest`. */
export function formatLevelVersion(level: string, version: PolicyVersion): string {
  return `${level}:${version.label}`
}
