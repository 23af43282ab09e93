/**
 * What the policy version hides or shows: for each check whose result on the object changes at some
 * version (the engine's `changes`, computed with the report), one sentence relative to the version
 * shown, e.g. "not checked before v1.23" when a violation is absent only because its check is newer.
 */
import { readPolicyVersion, type CheckOutcomeText, type VersionChange } from '@secctx/engine'

/** One sentence about a check at the shown version; `version` is the boundary it names. */
export interface VersionNote {
  check: string
  version: string
  text: string
}

/** Notes on checks that fail at the shown version (by check), and on checks that pass now but not at another version. */
export interface VersionNotes {
  failing: ReadonlyMap<string, readonly VersionNote[]>
  elsewhere: readonly VersionNote[]
}

/**
 * The minor of a `v1.<minor>` version the report names (its policy version, matrix ranges and
 * changes are always numbered), as the engine reads it; NaN, which no comparison holds for, otherwise.
 */
export function minorOf(version: string): number {
  const read = readPolicyVersion(version)
  return typeof read === 'number' ? read : Number.NaN
}

/** The last item that matches (Array.prototype.findLast is past the app's ES2022 library). */
const latest = <T>(items: readonly T[], match: (item: T) => boolean): T | undefined => [...items].reverse().find(match)

const quote = ({ reason, detail }: CheckOutcomeText) => (detail ? `${reason}, ${detail}` : reason)

/**
 * The notes for an object at `policyVersion` (`v1.<minor>`, as the report says), given its failing
 * checks there. A failing check gets "checked from vN" (or "fails from vN") when it fails only from a
 * version after the first, and "relaxed from vN" when a later version lets it pass; a passing check
 * gets "not checked before vN" (or "passes before vN") when a later version fails it, and "relaxed
 * from vN" when it failed before.
 */
export function versionNotes(changes: readonly VersionChange[], policyVersion: string, failing: ReadonlySet<string>): VersionNotes {
  const current = minorOf(policyVersion)
  const byCheck = new Map<string, VersionChange[]>()
  for (const change of changes) byCheck.set(change.check, [...(byCheck.get(change.check) ?? []), change])
  const onFailing = new Map<string, VersionNote[]>()
  const elsewhere: VersionNote[] = []
  for (const [check, all] of byCheck) {
    const sorted = [...all].sort((a, b) => minorOf(a.version) - minorOf(b.version))
    const before = sorted.filter((c) => minorOf(c.version) <= current)
    const after = sorted.filter((c) => minorOf(c.version) > current)
    const note = (change: VersionChange, text: string): VersionNote => ({ check, version: change.version, text })
    if (failing.has(check)) {
      const notes: VersionNote[] = []
      const began = latest(before, (c) => c.failure !== null && c.previous === null)
      if (began) notes.push(note(began, began.kind === 'added' ? `checked from ${began.version}` : `fails from ${began.version}`))
      const relaxed = after.find((c) => c.failure === null)
      if (relaxed) notes.push(note(relaxed, `relaxed from ${relaxed.version}`))
      if (notes.length > 0) onFailing.set(check, notes)
      continue
    }
    const starts = after.find((c) => c.failure !== null && c.previous === null)
    if (starts?.failure) {
      const lead = starts.kind === 'added' ? `not checked before ${starts.version}` : `passes before ${starts.version}`
      elsewhere.push(note(starts, `${lead} (from ${starts.version} it fails: ${quote(starts.failure)})`))
    }
    const relaxed = latest(before, (c) => c.failure === null && c.previous !== null)
    if (relaxed?.previous) elsewhere.push(note(relaxed, `relaxed from ${relaxed.version} (before ${relaxed.version} it failed: ${quote(relaxed.previous)})`))
  }
  return { failing: onFailing, elsewhere }
}
