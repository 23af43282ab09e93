/** Policy versions as Pod Security Admission reads them from namespace labels. */

/** A policy version as asked for (`label`, printed in messages) and the minor actually evaluated. */
export interface PolicyVersion {
  label: string
  minor: number
}

/** The newest policy minor the engine knows; `latest` and later versions evaluate as this one. */
export const LATEST_MINOR = 37

// Upstream's versionRegexp, `^v1\.([0-9]|[1-9][0-9]*)$`: ASCII digits, no sign, no leading zero, nothing around it.
const numbered = /^v1\.(0|[1-9][0-9]*)$/
// Upstream then reads the minor with strconv.Atoi, which fails past Go's 64-bit int.
const GO_INT_MAX = '9223372036854775807'

/** True when a digit string without leading zeros fits Go's 64-bit int. */
function fitsGoInt(digits: string): boolean {
  return digits.length < GO_INT_MAX.length || (digits.length === GO_INT_MAX.length && digits <= GO_INT_MAX)
}

/**
 * The one reading of a version's spelling, as upstream's api.ParseVersion accepts it: `latest`, or
 * the minor written in `v1.N` (N 0 or without a leading zero, at most Go's largest int), not
 * clamped; null for anything else.
 */
export function readPolicyVersion(text: unknown): 'latest' | number | null {
  if (text === 'latest') return text
  const match = typeof text === 'string' ? numbered.exec(text) : null
  return match && fitsGoInt(match[1]) ? Number(match[1]) : null
}

/** Parses `latest` or `v1.N` as {@link readPolicyVersion} reads it; anything else is an error that names the accepted forms. */
export function parsePolicyVersion(text: string): { ok: true; version: PolicyVersion } | { ok: false; message: string } {
  const read = readPolicyVersion(text)
  if (read === null) {
    const quoted = JSON.stringify(String(text))
    // The right shape with too many digits: say so, since the form alone looks right.
    const reason = typeof text === 'string' && numbered.test(text) ? `the minor is larger than ${GO_INT_MAX}, the largest Kubernetes reads` : ''
    return {
      ok: false,
      message: reason
        ? `invalid version ${quoted}: ${reason}`
        : `invalid version ${quoted}: expected "latest" or "v1.<minor>" (minor 0 or without a leading zero), e.g. v1.30`,
    }
  }
  // Upstream clamps anything newer than the newest known policy, but keeps the label as written.
  return { ok: true, version: { label: text, minor: read === 'latest' ? LATEST_MINOR : Math.min(read, LATEST_MINOR) } }
}

/** An inclusive range of policy minors, as `--versions` asks for one. */
export interface VersionRange {
  from: number
  to: number
}

/** Parses `all` (v1.0 … latest) or `v1.A..v1.B` (B may be `latest`; later minors clamp to latest); A must not be newer than B. */
export function parseVersionRange(text: string): { ok: true; range: VersionRange } | { ok: false; message: string } {
  if (text === 'all') return { ok: true, range: { from: 0, to: LATEST_MINOR } }
  const ends = typeof text === 'string' ? text.split('..') : []
  const expected = `invalid version range ${JSON.stringify(String(text))}: expected "all" or "v1.<minor>..v1.<minor>", e.g. v1.22..latest`
  if (ends.length !== 2) return { ok: false, message: expected }
  const [from, to] = ends.map(parsePolicyVersion)
  if (!from.ok || !to.ok || ends[0] === 'latest') return { ok: false, message: expected }
  if (from.version.minor > to.version.minor) return { ok: false, message: `invalid version range ${JSON.stringify(text)}: ${ends[0]} is newer than ${ends[1]}` }
  return { ok: true, range: { from: from.version.minor, to: to.version.minor } }
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
