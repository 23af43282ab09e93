/**
 * The one way the app replaces the user's text (an example, a workshop step, an answer, a link, an
 * earlier text): the state it replaces goes into the draft history first, and a notice offers it
 * straight back, so no replacement loses work, not even across a reload.
 */
import type { Snapshot } from '@secctx/link'
import type { AppStore } from '../store/createAppStore'
import type { WorkshopStore } from '../store/workshopStore'
import { type DraftHistory, createDraftHistory } from './draftHistory'
import { currentSnapshot } from './stateSync'

/** Notice ids, so each feature clears only its own banner. */
export const NOTICE = { link: 'permalink', offer: 'draft-offer', tab: 'duplicate-tab', save: 'draft-save' } as const

// One history per app store: the page attaches the stored one at start-up; tests and stores
// without a session get one kept in memory.
const histories = new WeakMap<AppStore, DraftHistory>()

/** Makes `history` the one replacements of `store`'s text are kept in. */
export function attachDraftHistory(store: AppStore, history: DraftHistory): void {
  histories.set(store, history)
}

/** The draft history of `store`'s page. */
export function draftHistoryOf(store: AppStore): DraftHistory {
  let history = histories.get(store)
  if (!history) {
    history = createDraftHistory(null)
    histories.set(store, history)
  }
  return history
}

/** Puts a snapshot into both stores; a lesson shown for the previous text no longer applies. */
export function applySnapshot(store: AppStore, workshop: WorkshopStore, snapshot: Snapshot): void {
  const { workshop: position, ...shared } = snapshot
  store.getState().applySnapshot(shared)
  workshop.getState().setPosition(position)
  workshop.getState().setLesson(null)
}

/** Offers a state back after something replaced it (a link, an example); the action restores it. */
export function offerRestore(store: AppStore, workshop: WorkshopStore, text: string, label: string, previous: Snapshot): void {
  store.getState().showNotice({
    id: NOTICE.offer,
    kind: 'info',
    text,
    actions: [
      {
        label,
        run: () => {
          applySnapshot(store, workshop, previous)
          store.getState().dismissNotice(NOTICE.offer)
        },
      },
    ],
  })
}

/** What the replacement is, for the notice and the history list. */
export interface Replacement {
  /** "Opened the example "Run as root"": names what replaced the text. */
  reason: string
  /** The notice's button that puts the previous state back. */
  label?: string
}

/** Replaces the current state with `next`; a different text is kept in the history and offered back. */
export function replaceWork(store: AppStore, workshop: WorkshopStore, next: Snapshot, { reason, label = 'Restore previous text' }: Replacement): void {
  const previous = currentSnapshot(store, workshop)
  applySnapshot(store, workshop, next)
  if (previous.text === next.text) return
  draftHistoryOf(store).getState().remember(previous, reason)
  offerRestore(store, workshop, `${reason}. Your previous text is kept (History).`, label, previous)
}
