import { describe, expect, it } from 'vitest'
import { SNAPSHOT_DEFAULTS, type Snapshot } from '@secctx/link'
import { type DraftRecord, draftKey, listDrafts, parseDraftRecord, pruneDrafts, readDraft, writeDraft } from './draftStorage'
import { createMemoryStorage } from './memoryStorage'

const snapshot = (text: string): Snapshot => ({ ...SNAPSHOT_DEFAULTS, text })
const record = (text: string, savedAt = 1000): DraftRecord => ({ snapshot: snapshot(text), savedAt, writer: 'w1', link: null })

describe('draft storage', () => {
  it('writes and reads back a draft per tab', () => {
    const storage = createMemoryStorage()
    expect(writeDraft(storage, 'tabA', record('a'))).toEqual({ ok: true })
    expect(writeDraft(storage, 'tabB', record('b'))).toEqual({ ok: true })
    expect(readDraft(storage, 'tabA')?.snapshot.text).toBe('a')
    expect(readDraft(storage, 'tabB')?.snapshot.text).toBe('b')
    expect(readDraft(storage, 'tabC')).toBeNull()
  })

  it('lists valid drafts newest first and skips foreign keys and junk', () => {
    const storage = createMemoryStorage()
    writeDraft(storage, 'old', record('old', 1))
    writeDraft(storage, 'new', record('new', 3))
    storage.setItem(draftKey('junk'), '{not json')
    storage.setItem('security-context-playground.editorMode', 'monaco')
    storage.setItem(draftKey('bad id!'), JSON.stringify(record('x', 5)))
    expect(listDrafts(storage).map((d) => d.tabId)).toEqual(['new', 'old'])
  })

  it('reports a full storage instead of throwing', () => {
    const storage = createMemoryStorage({ failWrites: true })
    expect(writeDraft(storage, 'tabA', record('a'))).toMatchObject({ ok: false })
    expect(writeDraft(null, 'tabA', record('a'))).toMatchObject({ ok: false })
  })

  it('treats whatever it reads back as untrusted', () => {
    const valid = { snapshot: snapshot('x'), savedAt: 1, writer: 'w', link: null }
    const tampered: unknown[] = [
      null,
      42,
      [],
      { ...valid, snapshot: { ...snapshot('x'), level: 'root' } },
      { ...valid, snapshot: { ...snapshot('x'), version: '1.30' } },
      { ...valid, snapshot: { ...snapshot('x'), objectIndex: -1 } },
      { ...valid, snapshot: { ...snapshot('x'), workshop: { playlist: '../../etc', step: 0 } } },
      { ...valid, snapshot: { ...snapshot('x'), text: 42 } },
      { ...valid, snapshot: { text: 'x'.repeat(1024 * 1024 + 1) } },
      { ...valid, savedAt: 'yesterday' },
      { ...valid, writer: '<img onerror=alert(1)>' },
      { ...valid, link: 7 },
    ]
    for (const value of tampered) expect(parseDraftRecord(JSON.stringify(value)), JSON.stringify(value)?.slice(0, 80)).toBeNull()
    expect(parseDraftRecord(JSON.stringify(valid))).toEqual(valid)
  })

  it('fills in defaults for settings an older record left out, and ignores extra fields', () => {
    const raw = '{"snapshot":{"text":"x","__proto__":{"polluted":true},"extra":1},"savedAt":1,"writer":"w","link":"v1.abc"}'
    const parsed = parseDraftRecord(raw)
    expect(parsed?.snapshot).toEqual(snapshot('x'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('prunes the oldest drafts but never the current tab', () => {
    const storage = createMemoryStorage()
    for (let i = 0; i < 8; i += 1) writeDraft(storage, `tab${i}`, record(`t${i}`, i))
    pruneDrafts(storage, 3, 'tab0')
    expect(listDrafts(storage).map((d) => d.tabId)).toEqual(['tab7', 'tab6', 'tab0'])
  })
})
