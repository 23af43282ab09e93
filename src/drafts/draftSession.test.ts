import { describe, expect, it } from 'vitest'
import { SNAPSHOT_DEFAULTS } from '@secctx/link'
import { createDraftSession } from './draftSession'
import { draftKey, listDrafts } from './draftStorage'
import { createMemoryStorage } from './memoryStorage'

const ids =
  (...values: string[]) =>
  () =>
    values.shift() ?? 'exhausted'
const session = () => {
  const items = new Map<string, string>()
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}
const snapshot = (text: string) => ({ ...SNAPSHOT_DEFAULTS, text })

describe('draft session', () => {
  it('keeps the tab id across a reload of the same tab', () => {
    const storage = createMemoryStorage()
    const tab = session()
    const first = createDraftSession({ storage, session: tab, makeId: ids('tab1', 'load1') })
    first.save(snapshot('typed'), null)
    const reloaded = createDraftSession({ storage, session: tab, makeId: ids('load2') })
    expect(reloaded.tabId).toBe('tab1')
    expect(reloaded.readOwn()?.snapshot.text).toBe('typed')
  })

  it('gives a new tab its own key, so two tabs never overwrite each other', () => {
    const storage = createMemoryStorage()
    const a = createDraftSession({ storage, session: session(), makeId: ids('tabA', 'loadA') })
    const b = createDraftSession({ storage, session: session(), makeId: ids('tabB', 'loadB') })
    a.save(snapshot('from A'), null)
    b.save(snapshot('from B'), null)
    expect(
      listDrafts(storage)
        .map((d) => d.record.snapshot.text)
        .sort(),
    ).toEqual(['from A', 'from B'])
  })

  it('forks when a duplicated tab writes under the same key', () => {
    const storage = createMemoryStorage()
    const copied = session()
    const original = createDraftSession({ storage, session: copied, makeId: ids('tab1', 'load1', 'tab2') })
    // A duplicated tab starts with a copy of the original's sessionStorage, hence the same tab id.
    const duplicate = createDraftSession({ storage, session: copied, makeId: ids('load2') })
    duplicate.save(snapshot('from the duplicate'), null)
    const forked = original.handleStorageChange({ key: draftKey('tab1'), newValue: storage.getItem(draftKey('tab1')) })
    expect(forked).toBe(true)
    expect(original.tabId).toBe('tab2')
    original.save(snapshot('from the original'), null)
    expect(storage.getItem(draftKey('tab1'))).toContain('from the duplicate')
    expect(storage.getItem(draftKey('tab2'))).toContain('from the original')
  })

  it("ignores its own writes and other tabs' keys", () => {
    const storage = createMemoryStorage()
    const tab = createDraftSession({ storage, session: session(), makeId: ids('tab1', 'load1') })
    tab.save(snapshot('mine'), null)
    expect(tab.handleStorageChange({ key: draftKey('tab1'), newValue: storage.getItem(draftKey('tab1')) })).toBe(false)
    expect(tab.handleStorageChange({ key: draftKey('other'), newValue: storage.getItem(draftKey('tab1')) })).toBe(false)
    expect(tab.handleStorageChange({ key: null, newValue: null })).toBe(false)
  })

  it('works with no storage at all', () => {
    const tab = createDraftSession({ storage: null, session: null, makeId: ids('tab1', 'load1') })
    expect(tab.save(snapshot('x'), null)).toMatchObject({ ok: false })
    expect(tab.readOwn()).toBeNull()
  })
})
