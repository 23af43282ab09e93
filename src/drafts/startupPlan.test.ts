import { describe, expect, it } from 'vitest'
import { permalinkError } from '@secctx/link'
import { SNAPSHOT_DEFAULTS, type Snapshot } from '@secctx/link'
import type { DraftRecord } from './draftStorage'
import { planStartup } from './startupPlan'

const snapshot = (text: string): Snapshot => ({ ...SNAPSHOT_DEFAULTS, text })
const draft = (text: string, link: string | null = null): DraftRecord => ({ snapshot: snapshot(text), savedAt: 1, writer: 'w', link })
const opened = (text: string) => ({ ok: true as const, snapshot: snapshot(text), format: 1 })

describe('start-up plan', () => {
  it('opens the seed when there is nothing', () => {
    expect(planStartup({ hash: '', link: null, own: null, latest: null })).toMatchObject({ open: null, source: 'seed', offer: null })
  })

  it("restores this tab's draft on reload, before any other tab's", () => {
    const plan = planStartup({ hash: '', link: null, own: draft('mine'), latest: { tabId: 'x', record: draft('theirs') } })
    expect(plan).toMatchObject({ open: { text: 'mine' }, source: 'own-draft' })
  })

  it('picks up the newest draft of a closed tab in a new tab', () => {
    const plan = planStartup({ hash: '', link: null, own: null, latest: { tabId: 'x', record: draft('theirs') } })
    expect(plan).toMatchObject({ open: { text: 'theirs' }, source: 'latest-draft', freshTabId: false })
  })

  it('opens a shared link and offers the draft it hides, under a fresh tab id', () => {
    const own = draft('unsaved work')
    const plan = planStartup({ hash: '#v1.shared', link: opened('shared'), own, latest: null })
    expect(plan).toMatchObject({ open: { text: 'shared' }, source: 'link', freshTabId: true })
    expect(plan.offer).toBe(own)
  })

  it("offers another tab's draft without forking this tab", () => {
    const plan = planStartup({ hash: 'v1.shared', link: opened('shared'), own: null, latest: { tabId: 'x', record: draft('theirs') } })
    expect(plan).toMatchObject({ source: 'link', offer: { snapshot: { text: 'theirs' } }, freshTabId: false })
  })

  it('offers nothing when the draft is the linked state', () => {
    expect(planStartup({ hash: 'v1.same', link: opened('same'), own: draft('same'), latest: null }).offer).toBeNull()
  })

  it('treats its own link after a reload as the draft, which may be newer than the debounced address', () => {
    const plan = planStartup({ hash: '#v1.mine', link: opened('slightly older'), own: draft('newest', 'v1.mine'), latest: null })
    expect(plan).toMatchObject({ open: { text: 'newest' }, source: 'own-draft', offer: null })
  })

  it('keeps the draft and reports the error for a bad link', () => {
    const error = permalinkError('too-large', 'bomb')
    const plan = planStartup({ hash: '#v1.bomb', link: { ok: false, error }, own: draft('mine'), latest: null })
    expect(plan).toMatchObject({ open: { text: 'mine' }, source: 'own-draft', linkError: error, offer: null })
  })
})
