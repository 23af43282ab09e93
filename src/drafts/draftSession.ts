/** This tab's draft keeper: saves under the tab's own key, prunes old tabs' drafts, and forks when the tab was duplicated. */
import type { Snapshot } from '@secctx/link'
import { type DraftRecord, type DraftStorage, type WriteResult, pruneDrafts, readDraft, writeDraft } from './draftStorage'
import { isDuplicateTabWrite, type StorageChange } from './duplicateTab'
import { type SessionLike, adoptTabId, randomId, resolveTabId } from './tabIdentity'

/** Drafts of closed tabs kept besides this tab's own; enough to recover recent work, small next to the quota. */
export const KEPT_DRAFTS = 5

/** Where drafts and the tab id live, and the clock and id source (injected in tests). */
export interface DraftSessionDeps {
  storage: DraftStorage | null
  session: SessionLike | null
  now?: () => number
  makeId?: () => string
}

/** This page load's handle on its tab's draft. */
export interface DraftSession {
  readonly tabId: string
  /** Unique to this page load. */
  readonly writer: string
  /** This tab's stored draft. */
  readOwn(): DraftRecord | null
  /** Saves the state and the link now in the address bar. */
  save(snapshot: Snapshot, link: string | null): WriteResult
  /** Moves this tab to a new key, leaving the old draft untouched. */
  fork(): void
  /** Reacts to a `storage` event; true when this tab had to fork because it was duplicated. */
  handleStorageChange(change: StorageChange): boolean
}

/** Starts this page load's draft session. */
export function createDraftSession({ storage, session, now = Date.now, makeId = randomId }: DraftSessionDeps): DraftSession {
  let tabId = resolveTabId(session, makeId)
  const writer = makeId()
  let pruned = false
  return {
    get tabId() {
      return tabId
    },
    writer,
    readOwn: () => readDraft(storage, tabId),
    save(snapshot, link) {
      const result = writeDraft(storage, tabId, { snapshot, savedAt: now(), writer, link })
      if (result.ok && !pruned) {
        pruned = true
        pruneDrafts(storage, KEPT_DRAFTS, tabId)
      }
      return result
    },
    fork() {
      tabId = adoptTabId(session, makeId())
    },
    handleStorageChange(change) {
      if (!isDuplicateTabWrite(change, tabId, writer)) return false
      tabId = adoptTabId(session, makeId())
      return true
    },
  }
}
