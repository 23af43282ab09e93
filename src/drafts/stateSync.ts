/**
 * Keeps the draft and the address bar following the state: both after a pause in editing, and the
 * draft at once when the page is hidden, so a reload never loses work and Back is never flooded.
 */
import { encodePermalink } from '@secctx/link'
import { MAX_TEXT_BYTES, type Snapshot, utf8Length } from '@secctx/link'
import type { AppStore } from '../store/createAppStore'
import { selectShareSnapshot } from '../store/selectors'
import type { WorkshopStore } from '../store/workshopStore'
import type { DraftSession } from './draftSession'
import type { SessionEnv } from './sessionEnv'
import { sameSnapshot } from './startupPlan'

/** Long enough that typing does not rewrite the address bar per keystroke, short enough that a reload rarely sees an old one. */
export const SYNC_DELAY_MS = 500

/** The stores to follow, where to write, and whom to tell about failures. */
export interface StateSyncDeps {
  store: AppStore
  workshop: WorkshopStore
  drafts: DraftSession
  env: SessionEnv
  /** The fragment that already stands for the current state, if any. */
  link: string | null
  delayMs?: number
  /** The draft could not be saved (quota, disabled storage). */
  onSaveFailed?: (reason: string) => void
  /** The state cannot become a link (over 1 MiB). */
  onNotShareable?: (reason: string) => void
}

/** The running sync. */
export interface StateSync {
  /** The shareable state right now. */
  snapshot(): Snapshot
  /** The fragment in the address bar that stands for the state, once written. */
  link(): string | null
  /** Declares an opened fragment the current state's link, so the next reload knows it as ours. */
  adoptLink(fragment: string): void
  /** Saves the draft now and updates the address bar as soon as the link is encoded. */
  flush(): void
  stop(): void
}

/** The state a link or a draft holds: the store's share snapshot plus the workshop position. */
export function currentSnapshot(store: AppStore, workshop: WorkshopStore): Snapshot {
  return { ...selectShareSnapshot(store.getState()), workshop: workshop.getState().position }
}

/** Starts following the stores; the first save happens after the first delay. */
export function startStateSync(deps: StateSyncDeps): StateSync {
  const { store, workshop, drafts, env, delayMs = SYNC_DELAY_MS } = deps
  let link = deps.link
  let linkedSnapshot: Snapshot | null = link === null ? null : currentSnapshot(store, workshop)
  let seen = currentSnapshot(store, workshop)
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending = true
  let encoding = 0
  let saveFailed = false
  // Set between pagehide and pageshow: the address the next load will open is fixed by then.
  let closing = false
  let notShareable = false

  const saveDraft = (snapshot: Snapshot) => {
    // Drafts over 1 MiB of text never validate on reading (as links), so writing one only costs
    // the main thread a multi-MB JSON and storage write (or a quota error). The draft keeps the
    // last state that can be restored, as the address bar keeps its last link; the not-shareable
    // notice says so. The limit is in UTF-8 bytes, as the reader counts: 600,000 non-ASCII
    // characters are under it in UTF-16 units but not in bytes, and saving them would replace the
    // last good draft with one that never reads back.
    if (utf8Length(snapshot.text) > MAX_TEXT_BYTES) return
    const result = drafts.save(snapshot, link)
    if (!result.ok && !saveFailed) deps.onSaveFailed?.(result.reason)
    saveFailed = !result.ok
  }

  const updateLink = async (snapshot: Snapshot) => {
    if (linkedSnapshot && sameSnapshot(linkedSnapshot, snapshot)) return
    const ticket = ++encoding
    let fragment: string
    try {
      fragment = await encodePermalink(snapshot)
    } catch (error) {
      if (!notShareable) deps.onNotShareable?.(error instanceof Error ? error.message : String(error))
      notShareable = true
      return
    }
    notShareable = false
    // A newer state started encoding meanwhile, or the page is going away: an address written now
    // would not be the one a reload opens, and the draft would then name the wrong link.
    if (ticket !== encoding || closing) return
    link = fragment
    linkedSnapshot = snapshot
    // Draft first: once the address bar shows the link, a reload or a new tab may read the draft.
    saveDraft(snapshot)
    env.replaceHash(fragment)
  }

  const run = () => {
    clearTimeout(timer)
    pending = false
    const snapshot = currentSnapshot(store, workshop)
    saveDraft(snapshot)
    void updateLink(snapshot)
  }

  const onChange = () => {
    const snapshot = currentSnapshot(store, workshop)
    if (sameSnapshot(snapshot, seen)) return
    seen = snapshot
    clearTimeout(timer)
    pending = true
    timer = setTimeout(run, delayMs)
  }

  const onPageHide = () => {
    clearTimeout(timer)
    pending = false
    closing = true
    const inAddressBar = env.getHash().replace(/^#/, '')
    if (inAddressBar !== '') link = inAddressBar
    saveDraft(currentSnapshot(store, workshop))
  }

  const unsubscribers = [
    store.subscribe(onChange),
    workshop.subscribe(onChange),
    env.listen('window', 'pagehide', onPageHide),
    // Back from the back-forward cache: the page lives on, and so does the sync.
    env.listen('window', 'pageshow', () => void (closing = false)),
    env.listen('window', 'blur', run),
    env.listen('document', 'visibilitychange', () => env.isHidden() && run()),
    // Leaving the editor is a natural moment to bring the address bar up to date.
    env.listen('document', 'focusout', () => {
      if (pending) run()
    }),
  ]
  timer = setTimeout(run, delayMs)

  return {
    snapshot: () => currentSnapshot(store, workshop),
    link: () => link,
    adoptLink(fragment) {
      link = fragment
      linkedSnapshot = currentSnapshot(store, workshop)
    },
    flush: run,
    stop() {
      clearTimeout(timer)
      unsubscribers.forEach((unsubscribe) => unsubscribe())
    },
  }
}
