/**
 * The start-up sequence: address fragment and stored drafts → the stores, then drafts and the address
 * bar follow the state. A bad link or a hidden draft becomes a notice; nothing here throws.
 */
import { decodePermalink, isPermalinkFragment } from '@secctx/link'
import type { PermalinkError } from '@secctx/link'
import type { AppStore } from '../store/createAppStore'
import type { WorkshopStore } from '../store/workshopStore'
import { createDraftSession } from './draftSession'
import { listDrafts } from './draftStorage'
import type { SessionEnv } from './sessionEnv'
import { planStartup } from './startupPlan'
import { type StateSync, startStateSync } from './stateSync'
import { NOTICE, applySnapshot, attachDraftHistory, offerRestore, replaceWork } from './replaceWork'
import { HISTORY_KEY, createDraftHistory } from './draftHistory'

function showLinkError(store: AppStore, error: PermalinkError, kept: string): void {
  store.getState().showNotice({
    id: NOTICE.link,
    kind: error.kind === 'not-a-permalink' ? 'warning' : 'error',
    text: `${error.message} ${kept}`,
  })
}

/** Restores the session and starts following the state; resolves to the running sync. */
export async function startSession(store: AppStore, workshop: WorkshopStore, env: SessionEnv, options: { delayMs?: number } = {}): Promise<StateSync> {
  const drafts = createDraftSession({ storage: env.storage, session: env.session })
  const history = createDraftHistory(env.storage)
  attachDraftHistory(store, history)
  const own = drafts.readOwn()
  const latest = listDrafts(env.storage)[0] ?? null
  const hash = env.getHash()
  const fragment = hash.replace(/^#/, '')
  const plan = planStartup({ hash, own, latest, link: fragment ? await decodePermalink(fragment) : null })

  if (plan.freshTabId) drafts.fork()
  if (plan.open) applySnapshot(store, workshop, plan.open)
  if (plan.linkError) {
    showLinkError(store, plan.linkError, plan.source === 'seed' ? 'The example manifest is open instead.' : 'Your draft is open instead.')
  }
  if (plan.offer) {
    // Kept in the history too: the notice is gone after the next reload, the history is not.
    history.getState().remember(plan.offer.snapshot, 'Opened a shared link')
    offerRestore(store, workshop, 'Opened a shared link. Your previous draft is kept.', 'Restore draft', plan.offer.snapshot)
  }

  const sync = startStateSync({
    store,
    workshop,
    drafts,
    env,
    delayMs: options.delayMs,
    link: plan.source === 'link' ? fragment : null,
    onSaveFailed: () =>
      store.getState().showNotice({
        id: NOTICE.save,
        kind: 'warning',
        text: 'Your work cannot be saved in this browser (storage is full or disabled). Copy a link to keep it.',
      }),
    onNotShareable: () =>
      store.getState().showNotice({
        id: NOTICE.link,
        kind: 'warning',
        text: 'This manifest is larger than 1 MiB: it cannot be shared as a link, and a reload brings back the last smaller draft, not this text. Keep it in a file.',
      }),
  })

  env.listen('window', 'storage', (event) => {
    const { key, newValue } = event as StorageEvent
    if (key === HISTORY_KEY) return history.getState().reload()
    if (!drafts.handleStorageChange({ key, newValue })) return
    sync.flush()
    store.getState().showNotice({
      id: NOTICE.tab,
      kind: 'info',
      text: 'This tab is a copy of another open tab. It now keeps its own draft, so neither tab overwrites the other.',
    })
  })

  // A link pasted into the address bar of an open tab arrives as a hashchange, not a reload.
  env.listen('window', 'hashchange', () => void openPastedLink(store, workshop, env, sync))
  return sync
}

async function openPastedLink(store: AppStore, workshop: WorkshopStore, env: SessionEnv, sync: StateSync): Promise<void> {
  const fragment = env.getHash().replace(/^#/, '')
  if (fragment === sync.link()) return
  // In-page anchors (the skip link) are not links to a state: put the state's link back.
  if (!isPermalinkFragment(fragment)) {
    const link = sync.link()
    if (link !== null) env.replaceHash(link)
    return
  }
  const decoded = await decodePermalink(fragment)
  if (!decoded.ok) return showLinkError(store, decoded.error, 'Your work is unchanged.')
  replaceWork(store, workshop, decoded.snapshot, { reason: 'Opened the link from the address bar', label: 'Restore previous work' })
  sync.adoptLink(fragment)
}
