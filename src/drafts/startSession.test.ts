import { afterEach, describe, expect, it } from 'vitest'
import { encodePermalink } from '@secctx/link'
import { SNAPSHOT_DEFAULTS } from '@secctx/link'
import { createAppStore, type AppStore } from '../store/createAppStore'
import { makeView } from '../store/testSupport'
import { createWorkshopStore } from '../store/workshopStore'
import { HISTORY_KEY } from './draftHistory'
import { draftKey, listDrafts } from './draftStorage'
import { createMemoryStorage } from './memoryStorage'
import type { SessionEnv } from './sessionEnv'
import { draftHistoryOf } from './replaceWork'
import { startSession } from './startSession'
import type { StateSync } from './stateSync'

const SEED = 'kind: Seed\n'
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Polls until a condition holds; encoding a link is asynchronous and its first run is slow. */
async function until(condition: () => boolean, timeoutMs = 3000) {
  for (const started = Date.now(); !condition(); await wait(10)) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
  }
}
const running: Array<{ store: AppStore; sync: StateSync }> = []
afterEach(() => running.splice(0).forEach(({ store, sync }) => (sync.stop(), store.getState().dispose())))

/** One browser: localStorage shared by its tabs; each tab has its own sessionStorage, hash and listeners. */
function browser() {
  const storage = createMemoryStorage()
  const tab = (hash = '', sessionItems = new Map<string, string>()) => {
    const listeners = new Map<string, Set<(event: Event) => void>>()
    const env: SessionEnv & { hash: string; fire: (type: string, event?: object) => void; sessionItems: Map<string, string> } = {
      hash,
      sessionItems,
      getHash: () => env.hash,
      replaceHash: (fragment) => void (env.hash = `#${fragment}`),
      storage,
      session: { getItem: (k) => sessionItems.get(k) ?? null, setItem: (k, v) => void sessionItems.set(k, v) },
      listen(_target, type, listener) {
        const set = listeners.get(type) ?? new Set()
        set.add(listener)
        listeners.set(type, set)
        return () => set.delete(listener)
      },
      isHidden: () => false,
      fire: (type, event = {}) => listeners.get(type)?.forEach((listener) => listener(event as Event)),
    }
    return env
  }
  return { storage, tab }
}

async function open(env: SessionEnv) {
  const store = createAppStore({ evaluator: async ({ revision }) => ({ revision, report: makeView() }), initial: { text: SEED } })
  const workshop = createWorkshopStore()
  const sync = await startSession(store, workshop, env, { delayMs: 20 })
  running.push({ store, sync })
  return { store, workshop, sync }
}

const text = (store: AppStore) => store.getState().document.text
const notice = (store: AppStore) => store.getState().ui.notice

describe('session start-up and sync', () => {
  it('opens the seed, then saves a draft and puts a link in the address bar', async () => {
    const env = browser().tab()
    const { store } = await open(env)
    expect(text(store)).toBe(SEED)
    store.getState().setText('kind: Typed\n')
    await until(() => listDrafts(env.storage)[0]?.record.link !== null && env.hash.startsWith('#v2.'))
    expect(listDrafts(env.storage)[0]?.record.snapshot.text).toBe('kind: Typed\n')
  })

  it('saves the draft, naming the link, before the address bar shows that link', async () => {
    const env = browser().tab()
    const draftLinkAtReplace: Array<'saved' | 'stale'> = []
    const replace = env.replaceHash
    env.replaceHash = (fragment) => {
      draftLinkAtReplace.push(listDrafts(env.storage)[0]?.record.link === fragment ? 'saved' : 'stale')
      replace(fragment)
    }
    const { store } = await open(env)
    store.getState().setText('kind: Typed\n')
    await until(() => listDrafts(env.storage)[0]?.record.snapshot.text === 'kind: Typed\n' && draftLinkAtReplace.length >= 1)
    // A reload or a new tab that sees the link finds the draft that goes with it.
    expect(draftLinkAtReplace).toEqual(draftLinkAtReplace.map(() => 'saved'))
  })

  it('restores the draft on reload, even when the address bar was not updated yet', async () => {
    const { tab } = browser()
    const first = tab()
    const { store } = await open(first)
    await until(() => first.hash !== '')
    const linkBefore = first.hash
    store.getState().setText('kind: Typed just before reload\n')
    first.fire('pagehide')
    expect(first.hash).toBe(linkBefore)
    const reloaded = tab(first.hash, first.sessionItems)
    const again = await open(reloaded)
    expect(text(again.store)).toBe('kind: Typed just before reload\n')
    expect(notice(again.store)).toBeNull()
  })

  it('stops moving the address once the page is going away, so the draft names the link a reload opens', async () => {
    const env = browser().tab()
    const { store, sync } = await open(env)
    await until(() => env.hash !== '')
    const address = env.hash
    store.getState().setLevel('baseline')
    sync.flush()
    env.fire('pagehide')
    await wait(100)
    expect(env.hash).toBe(address)
    expect(listDrafts(env.storage)[0]?.record).toMatchObject({ link: address.slice(1), snapshot: { level: 'baseline' } })
  })

  it('opens a shared link without destroying the draft, and offers it back', async () => {
    const { tab } = browser()
    const mine = tab()
    const { store } = await open(mine)
    store.getState().setText('kind: My unsaved work\n')
    mine.fire('pagehide')
    const shared = await encodePermalink({ ...SNAPSHOT_DEFAULTS, text: 'kind: Shared\n', level: 'baseline' })
    const reopened = tab(`#${shared}`, mine.sessionItems)
    const opened = await open(reopened)
    expect(text(opened.store)).toBe('kind: Shared\n')
    expect(opened.store.getState().settings.level).toBe('baseline')
    expect(notice(opened.store)?.actions?.[0]?.label).toBe('Restore draft')
    // Editing the shared state does not touch the offered draft: this tab writes under a new key now.
    opened.store.getState().setText('kind: Shared, edited\n')
    reopened.fire('pagehide')
    expect(listDrafts(reopened.storage).map((d) => d.record.snapshot.text)).toContain('kind: My unsaved work\n')
    notice(opened.store)?.actions?.[0]?.run()
    expect(text(opened.store)).toBe('kind: My unsaved work\n')
  })

  it('keeps the draft and explains a broken link', async () => {
    const { tab } = browser()
    const mine = tab()
    const { store } = await open(mine)
    store.getState().setText('kind: Mine\n')
    mine.fire('pagehide')
    for (const hash of ['#v1.Y2goM-RqbuFq51JQ6EhJzc3n6uFSUJjCpaCgoD', '#v7.abc', '#%3Cscript%3Ealert(1)%3C/script%3E']) {
      const broken = await open(tab(hash, mine.sessionItems))
      expect(text(broken.store)).toBe('kind: Mine\n')
      expect(notice(broken.store)).toMatchObject({ id: 'permalink' })
    }
  })

  it('forks a duplicated tab instead of letting it overwrite the original', async () => {
    const { tab, storage } = browser()
    const original = tab()
    const first = await open(original)
    first.store.getState().setText('kind: Original\n')
    original.fire('pagehide')
    const tabId = original.sessionItems.get('security-context-playground.tabId')!
    const duplicate = tab(original.hash, new Map(original.sessionItems))
    const second = await open(duplicate)
    second.store.getState().setText('kind: Duplicate\n')
    duplicate.fire('pagehide')
    original.fire('storage', { key: draftKey(tabId), newValue: storage.getItem(draftKey(tabId)) })
    expect(notice(first.store)).toMatchObject({ id: 'duplicate-tab' })
    expect(original.sessionItems.get('security-context-playground.tabId')).not.toBe(tabId)
    expect(
      listDrafts(storage)
        .map((d) => d.record.snapshot.text)
        .sort(),
    ).toEqual(['kind: Duplicate\n', 'kind: Original\n'])
  })

  it('opens a link pasted into the address bar, and puts the state back after an in-page anchor', async () => {
    const env = browser().tab()
    const { store, sync } = await open(env)
    await until(() => env.hash !== '')
    const own = env.hash
    env.hash = '#results'
    env.fire('hashchange')
    await wait(10)
    expect(env.hash).toBe(own)
    env.hash = `#${await encodePermalink({ ...SNAPSHOT_DEFAULTS, text: 'kind: Pasted\n' })}`
    env.fire('hashchange')
    await until(() => text(store) === 'kind: Pasted\n')
    expect(sync.link()).toBe(env.hash.slice(1))
    expect(notice(store)?.actions?.[0]?.label).toBe('Restore previous work')
  })

  it('keeps a draft a link hid in the history, so it comes back after the reload that drops the notice', async () => {
    const { tab } = browser()
    const mine = tab()
    const { store } = await open(mine)
    store.getState().setText('kind: My unsaved work\n')
    mine.fire('pagehide')
    const shared = await encodePermalink({ ...SNAPSHOT_DEFAULTS, text: 'kind: Shared\n' })
    const linkTab = tab(`#${shared}`, mine.sessionItems)
    const opened = await open(linkTab)
    expect(text(opened.store)).toBe('kind: Shared\n')
    linkTab.fire('pagehide')
    // The reload opens the tab's own state and offers nothing; the history still has the draft.
    const reloaded = await open(tab(linkTab.hash, linkTab.sessionItems))
    expect(notice(reloaded.store)).toBeNull()
    const [entry] = draftHistoryOf(reloaded.store).getState().entries
    expect(entry).toMatchObject({ reason: 'Opened a shared link', snapshot: { text: 'kind: My unsaved work\n' } })
  })

  it('keeps the text a link pasted into the address bar replaced in the history, and other tabs see it', async () => {
    const { tab, storage } = browser()
    const env = tab()
    const { store } = await open(env)
    const otherEnv = tab()
    const other = await open(otherEnv)
    store.getState().setText('kind: Before the link\n')
    env.hash = `#${await encodePermalink({ ...SNAPSHOT_DEFAULTS, text: 'kind: Pasted\n' })}`
    env.fire('hashchange')
    await until(() => text(store) === 'kind: Pasted\n')
    expect(draftHistoryOf(store).getState().entries[0]?.snapshot.text).toBe('kind: Before the link\n')
    expect(draftHistoryOf(other.store).getState().entries).toEqual([])
    otherEnv.fire('storage', { key: HISTORY_KEY, newValue: storage.getItem(HISTORY_KEY) })
    expect(draftHistoryOf(other.store).getState().entries[0]?.snapshot.text).toBe('kind: Before the link\n')
  })

  it('never lets a draft over 1 MiB of UTF-8 replace the last good one, even when it is under 1 Mi UTF-16 units', async () => {
    const env = browser().tab()
    const { store, sync } = await open(env)
    store.getState().setText('kind: Good\n')
    sync.flush()
    expect(listDrafts(env.storage)[0]?.record.snapshot.text).toBe('kind: Good\n')
    // 600,000 × "é": 600,000 UTF-16 units, 1,200,000 UTF-8 bytes.
    store.getState().setText(`# ${'é'.repeat(600_000)}\n`)
    sync.flush()
    env.fire('pagehide')
    expect(listDrafts(env.storage)[0]?.record.snapshot.text).toBe('kind: Good\n')
  })
})
