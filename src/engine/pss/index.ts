// PLACEHOLDER (replaced by the Pod Security checks work): signatures only, so the pipeline can be wired.
import type { CheckFailure, PodTemplate } from '../model'
import type { CheckedLevel } from '../types'

/** A policy version as asked for (`label`, printed in messages) and the minor actually evaluated. */
export interface PolicyVersion {
  label: string
  minor: number
}

/** The newest policy minor the engine knows; `latest` and later versions evaluate as this one. */
export const LATEST_MINOR = 37

/** Parses `latest` or `v1.N` (no leading zero); anything else is an error that names the accepted forms. */
export function parsePolicyVersion(text: string): { ok: true; version: PolicyVersion } | { ok: false; message: string } {
  if (text === 'latest') return { ok: true, version: { label: text, minor: LATEST_MINOR } }
  const match = /^v1\.(0|[1-9][0-9]*)$/.exec(text)
  if (!match) return { ok: false, message: `invalid version "${text}": expected "latest" or "v1.<minor>", e.g. v1.30` }
  return { ok: true, version: { label: text, minor: Math.min(Number(match[1]), LATEST_MINOR) } }
}

/** Evaluates a pod template at a level and version; an empty list means allowed. */
export function evaluatePodSecurity(_pod: PodTemplate, _level: CheckedLevel, _version: PolicyVersion): CheckFailure[] {
  return []
}

/** Upstream's detail form: `reason (detail), reason (detail)`. */
export function formatFailures(failures: readonly CheckFailure[]): string {
  return failures.map((f) => (f.detail ? `${f.reason} (${f.detail})` : f.reason)).join(', ')
}

/** Applies the API server defaulting that Pod Security relies on (a volume with no source is an emptyDir; hostNetwork Pods get hostPort = containerPort). Returns a copy. */
export function applyApiDefaults(pod: PodTemplate, _options: { isPod: boolean }): PodTemplate {
  return pod
}
