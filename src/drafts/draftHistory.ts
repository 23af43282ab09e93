/**
 * Earlier texts the app replaced (an example, a workshop step, an answer, a link opened over the
 * work): a short list in localStorage, shared by the browser's tabs, so a replacement can be undone
 * even after a reload. Read back like a draft: validated, and anything malformed is dropped.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { type Snapshot, MAX_TEXT_BYTES, utf8Length, validateSnapshot } from '@secctx/link'
import type { DraftStorage } from './draftStorage'

/** The localStorage key; the `v1` is this record's format. */
export const HISTORY_KEY = 'security-context-playground.history.v1'
/** Entries kept: enough to step back over a few examples or workshop steps. */
export const HISTORY_ENTRIES = 10
/** Text kept in all entries together, in UTF-16 units as localStorage's quota counts them, so the history never crowds out the drafts. */
export const HISTORY_CHARS = 2 * 1024 * 1024

/** One replaced state. */
export interface HistoryEntry {
  snapshot: Snapshot
  /** Milliseconds since the epoch. */
  savedAt: number
  /** What replaced it, for the list: "Opened the example …". */
  reason: string
}

/** The history's state and actions. */
export interface DraftHistoryState {
  /** Newest first. */
  entries: HistoryEntry[]
  /** Keeps a state that is about to be replaced; an empty text or one already newest is not kept twice. */
  remember: (snapshot: Snapshot, reason: string) => void
  /** Re-reads storage (another tab may have added entries). */
  reload: () => void
}

/** A vanilla zustand store of the history. */
export type DraftHistory = StoreApi<DraftHistoryState>

/** Parses stored entries; anything that does not validate is dropped, never thrown. */
export function parseHistory(raw: string | null): HistoryEntry[] {
  if (raw === null) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  const entries: HistoryEntry[] = []
  for (const item of value.slice(0, HISTORY_ENTRIES)) {
    if (typeof item !== 'object' || item === null) continue
    const { snapshot, savedAt, reason } = item as Record<string, unknown>
    const checked = validateSnapshot(snapshot)
    if (!checked.ok || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) continue
    if (typeof reason !== 'string' || reason.length > 200) continue
    entries.push({ snapshot: checked.snapshot, savedAt, reason })
  }
  return entries
}

/** The newest entries that fit the count and size budgets. */
function boundHistory(entries: HistoryEntry[]): HistoryEntry[] {
  const kept: HistoryEntry[] = []
  let chars = 0
  for (const entry of entries.slice(0, HISTORY_ENTRIES)) {
    chars += entry.snapshot.text.length
    if (chars > HISTORY_CHARS) break
    kept.push(entry)
  }
  return kept
}

function read(storage: DraftStorage | null): HistoryEntry[] {
  try {
    return parseHistory(storage?.getItem(HISTORY_KEY) ?? null)
  } catch {
    return []
  }
}

/** Writes the entries, dropping the oldest until they fit the quota; returns what was stored. */
function write(storage: DraftStorage | null, entries: HistoryEntry[]): HistoryEntry[] {
  for (let kept = entries; kept.length > 0; kept = kept.slice(0, -1)) {
    try {
      storage?.setItem(HISTORY_KEY, JSON.stringify(kept))
      return kept
    } catch {
      // Quota: try with one entry fewer.
    }
  }
  return []
}

/** The page's history over `storage` (null: kept in memory only, for this page load). */
export function createDraftHistory(storage: DraftStorage | null, now: () => number = Date.now): DraftHistory {
  return createStore<DraftHistoryState>()((set, get) => ({
    entries: read(storage),
    remember(snapshot, reason) {
      // A state too large for a draft would never read back; the not-shareable notice covers it.
      if (snapshot.text.trim() === '' || utf8Length(snapshot.text) > MAX_TEXT_BYTES) return
      const current = storage ? read(storage) : get().entries
      if (current[0]?.snapshot.text === snapshot.text) return
      const next = boundHistory([{ snapshot, savedAt: now(), reason }, ...current.filter((entry) => entry.snapshot.text !== snapshot.text)])
      // Storage refusing even one entry (disabled, full) still leaves the history for this page load.
      const stored = storage ? write(storage, next) : next
      set({ entries: stored.length > 0 ? stored : next })
    },
    reload: () => set({ entries: read(storage) }),
  }))
}
