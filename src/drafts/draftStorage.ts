/**
 * Drafts in localStorage, one key per browser tab, so two tabs never overwrite each other. What is
 * read back is validated like a permalink: other code, other versions or a person may have written it.
 */
import { type Snapshot, validateSnapshot } from '@secctx/link'

/** The part of `Storage` drafts need; tests pass an in-memory fake. */
export interface DraftStorage {
  readonly length: number
  key(index: number): string | null
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** One saved draft. */
export interface DraftRecord {
  snapshot: Snapshot
  /** Milliseconds since the epoch. */
  savedAt: number
  /** The page load that wrote it; a different writer under our own tab id means a duplicated tab. */
  writer: string
  /** The fragment this tab last put in the address bar, so a reload can tell its own link from a shared one. */
  link: string | null
}

/** A draft and the tab it belongs to. */
export interface StoredDraft {
  tabId: string
  record: DraftRecord
}

/** Every draft key starts with this; the `v1` is the record format, not the link format. */
export const DRAFT_KEY_PREFIX = 'security-context-playground.draft.v1.'
const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Whether a string can be a tab or writer id. */
export function isDraftId(id: string): boolean {
  return ID.test(id)
}

/** The localStorage key of a tab's draft. */
export function draftKey(tabId: string): string {
  return DRAFT_KEY_PREFIX + tabId
}

/** Parses and validates a stored record; null for anything malformed, oversized or from an unknown format. */
export function parseDraftRecord(raw: string | null): DraftRecord | null {
  if (raw === null) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { snapshot, savedAt, writer, link } = value as Record<string, unknown>
  const checked = validateSnapshot(snapshot)
  if (!checked.ok) return null
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return null
  if (typeof writer !== 'string' || !isDraftId(writer)) return null
  if (link !== null && (typeof link !== 'string' || link.length > 4 * 1024 * 1024)) return null
  return { snapshot: checked.snapshot, savedAt, writer, link }
}

/** A tab's draft, or null when there is none or it does not validate. Never throws. */
export function readDraft(storage: DraftStorage | null, tabId: string): DraftRecord | null {
  try {
    return parseDraftRecord(storage?.getItem(draftKey(tabId)) ?? null)
  } catch {
    return null
  }
}

/** Every valid draft, newest first. Never throws. */
export function listDrafts(storage: DraftStorage | null): StoredDraft[] {
  const drafts: StoredDraft[] = []
  try {
    if (!storage) return drafts
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)
      if (!key?.startsWith(DRAFT_KEY_PREFIX)) continue
      const tabId = key.slice(DRAFT_KEY_PREFIX.length)
      const record = isDraftId(tabId) ? parseDraftRecord(storage.getItem(key)) : null
      if (record) drafts.push({ tabId, record })
    }
  } catch {
    // A storage that fails half-way still yields the drafts read so far.
  }
  return drafts.sort((a, b) => b.record.savedAt - a.record.savedAt)
}

/** Whether a draft was saved, and why not. */
export type WriteResult = { ok: true } | { ok: false; reason: string }

/** Saves a tab's draft; a full or disabled storage is reported, not thrown. */
export function writeDraft(storage: DraftStorage | null, tabId: string, record: DraftRecord): WriteResult {
  if (!storage) return { ok: false, reason: 'storage is not available' }
  try {
    storage.setItem(draftKey(tabId), JSON.stringify(record))
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** Removes all but the newest `keep` drafts (never the protected tab's), so closed tabs do not fill the quota. */
export function pruneDrafts(storage: DraftStorage | null, keep: number, protectedTabId: string): void {
  const stale = listDrafts(storage)
    .filter((draft) => draft.tabId !== protectedTabId)
    .slice(Math.max(0, keep - 1))
  for (const { tabId } of stale) {
    try {
      storage?.removeItem(draftKey(tabId))
    } catch {
      // Pruning is housekeeping; failing it costs nothing now.
    }
  }
}
