/** The shareable state of the playground, its frozen defaults, and the validation every untrusted copy goes through. */
import { isLevel, readPolicyVersion, type Level } from '@secctx/engine'

/** A workshop position: which playlist, and which step of it (from 0). */
export interface WorkshopPosition {
  playlist: string
  step: number
}

/** Everything a link restores. The evaluation is derived from it, so it is never stored. */
export interface Snapshot {
  text: string
  /** `latest` or `v1.<minor>`. */
  version: string
  level: Level
  /** Which object of the report is selected. */
  objectIndex: number
  windowsOpen: boolean
  presenter: boolean
  workshop: WorkshopPosition | null
}

/**
 * What a field means when a link leaves it out. Part of the format, not the app: if the app's
 * defaults change, old links must still mean what they meant when they were made.
 */
export const SNAPSHOT_DEFAULTS: Readonly<Omit<Snapshot, 'text'>> = Object.freeze({
  version: 'latest',
  level: 'restricted',
  objectIndex: 0,
  windowsOpen: false,
  presenter: false,
  workshop: null,
})

/** Refuse anything larger: the same bound as the inflate limit, so a link and a draft agree. */
export const MAX_TEXT_BYTES = 1024 * 1024
/** More objects than any manifest one would share; a larger index means a damaged link. */
export const MAX_OBJECT_INDEX = 9999
/** Largest policy minor a link may carry (v1.9999). */
export const MAX_MINOR = 9999
/** Largest playlist step index a link may carry. */
export const MAX_STEP = 999
const PLAYLIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** A validated snapshot, or the first problem found. */
export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; problem: string }

/** Checks a value from outside (a decoded link, localStorage) field by field; missing fields take the defaults. */
export function validateSnapshot(value: unknown): SnapshotCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object')
  const input = value as Record<string, unknown>
  const merged = { ...SNAPSHOT_DEFAULTS, ...definedOnly(input) }
  const { text, version, level, objectIndex, windowsOpen, presenter, workshop } = merged as Record<string, unknown>
  if (typeof text !== 'string') return fail('text is missing')
  if (utf8Length(text) > MAX_TEXT_BYTES) return fail('text is larger than 1 MiB')
  if (typeof version !== 'string' || !isShareableVersion(version)) return fail('unknown policy version')
  if (!isLevel(level)) return fail('unknown level')
  if (!isIndex(objectIndex, MAX_OBJECT_INDEX)) return fail('bad object index')
  if (typeof windowsOpen !== 'boolean' || typeof presenter !== 'boolean') return fail('bad toggle')
  if (workshop !== null && !isWorkshopPosition(workshop)) return fail('bad workshop step')
  return {
    ok: true,
    snapshot: { text, version, level, objectIndex: objectIndex as number, windowsOpen, presenter, workshop },
  }
}

/** `latest` or `v1.<minor>` with no leading zero, as Pod Security Admission spells versions. */
export function isShareableVersion(version: string): boolean {
  const read = readPolicyVersion(version)
  return read === 'latest' || (read !== null && read <= MAX_MINOR)
}

/** Whether a value is a well-formed workshop position. */
export function isWorkshopPosition(value: unknown): value is WorkshopPosition {
  if (typeof value !== 'object' || value === null) return false
  const { playlist, step } = value as Record<string, unknown>
  return typeof playlist === 'string' && PLAYLIST_ID.test(playlist) && isIndex(step, MAX_STEP)
}

/** The fields of a snapshot that differ from the format's defaults. */
export function nonDefaultFields(snapshot: Snapshot): Partial<Snapshot> {
  const out: Partial<Snapshot> = {}
  for (const key of Object.keys(SNAPSHOT_DEFAULTS) as (keyof typeof SNAPSHOT_DEFAULTS)[]) {
    if (JSON.stringify(snapshot[key]) !== JSON.stringify(SNAPSHOT_DEFAULTS[key])) Object.assign(out, { [key]: snapshot[key] })
  }
  return out
}

function isIndex(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
}

function definedOnly(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
}

/** The UTF-8 length, exactly when it is near the limit; cheap bounds decide far from it (a 5 MB paste must not encode on the main thread). */
export function utf8Length(text: string): number {
  // A UTF-16 unit never takes more than 3 UTF-8 bytes, nor fewer than 1.
  if (text.length * 3 <= MAX_TEXT_BYTES || text.length > MAX_TEXT_BYTES) return text.length
  return new TextEncoder().encode(text).byteLength
}

function fail(problem: string): SnapshotCheck {
  return { ok: false, problem }
}
