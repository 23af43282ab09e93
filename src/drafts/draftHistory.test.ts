import { describe, expect, it } from 'vitest'
import { SNAPSHOT_DEFAULTS } from '@secctx/link'
import { HISTORY_CHARS, HISTORY_ENTRIES, HISTORY_KEY, createDraftHistory, parseHistory } from './draftHistory'
import { createMemoryStorage } from './memoryStorage'

const snapshot = (text: string) => ({ ...SNAPSHOT_DEFAULTS, text })
const texts = (history: ReturnType<typeof createDraftHistory>) => history.getState().entries.map((entry) => entry.snapshot.text)

describe('draft history', () => {
  it('keeps replaced texts newest first, once each, and reads them back in a new page load', () => {
    const storage = createMemoryStorage()
    let clock = 1000
    const history = createDraftHistory(storage, () => clock++)
    history.getState().remember(snapshot('kind: A\n'), 'Opened the example "x"')
    history.getState().remember(snapshot('kind: B\n'), 'Opened the example "y"')
    history.getState().remember(snapshot('kind: B\n'), 'again')
    history.getState().remember(snapshot('kind: A\n'), 'Opened step 2')
    history.getState().remember(snapshot('  \n'), 'empty')
    expect(texts(history)).toEqual(['kind: A\n', 'kind: B\n'])
    const reloaded = createDraftHistory(storage)
    expect(reloaded.getState().entries).toEqual(history.getState().entries)
    expect(reloaded.getState().entries[0]).toMatchObject({ reason: 'Opened step 2', savedAt: 1002 })
  })

  it(`keeps at most ${HISTORY_ENTRIES} entries and ${HISTORY_CHARS} characters, dropping the oldest`, () => {
    const history = createDraftHistory(createMemoryStorage())
    for (let i = 0; i < HISTORY_ENTRIES + 3; i += 1) history.getState().remember(snapshot(`kind: T${i}\n`), 'r')
    expect(texts(history)).toHaveLength(HISTORY_ENTRIES)
    expect(texts(history)[0]).toBe(`kind: T${HISTORY_ENTRIES + 2}\n`)
    const big = (c: string) => snapshot(c.repeat(900_000))
    history.getState().remember(big('a'), 'r')
    history.getState().remember(big('b'), 'r')
    history.getState().remember(big('c'), 'r')
    expect(texts(history).map((text) => text[0])).toEqual(['c', 'b'])
  })

  it('drops the oldest entries when the quota is full, and keeps them for the page when storage refuses everything', () => {
    const storage = createMemoryStorage()
    const history = createDraftHistory(storage)
    history.getState().remember(snapshot('kind: Kept\n'), 'r')
    storage.failWrites = true
    history.getState().remember(snapshot('kind: Newer\n'), 'r')
    expect(texts(history)).toEqual(['kind: Newer\n', 'kind: Kept\n'])
    expect(parseHistory(storage.getItem(HISTORY_KEY)).map((entry) => entry.snapshot.text)).toEqual(['kind: Kept\n'])
  })

  it('ignores texts no draft could hold and anything malformed in storage', () => {
    const storage = createMemoryStorage()
    const history = createDraftHistory(storage)
    history.getState().remember(snapshot('é'.repeat(600_000)), 'too big in UTF-8')
    expect(texts(history)).toEqual([])
    for (const raw of [
      '{',
      '{}',
      '[1, null, {"snapshot": {"text": 5}, "savedAt": 1, "reason": "r"}]',
      '[{"snapshot": {"text": "a"}, "savedAt": "x", "reason": "r"}]',
    ]) {
      expect(parseHistory(raw)).toEqual([])
    }
    expect(parseHistory('[{"snapshot": {"text": "kind: A"}, "savedAt": 5, "reason": "r"}]')).toHaveLength(1)
  })
})
