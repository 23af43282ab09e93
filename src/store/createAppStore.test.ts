import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { EvaluationSuperseded } from './evaluator'
import { EVALUATION_NOTICE_ID } from './slices/evaluationSlice'
import type { StorageLike } from './storage'
import { createManualEvaluator, flushPromises, makeObject, makeReport } from './testSupport'

let store: AppStore | undefined
afterEach(() => store?.getState().dispose())

function setup(options: { storage?: StorageLike; text?: string } = {}) {
  const manual = createManualEvaluator()
  store = createAppStore({
    evaluator: manual.evaluator,
    debounceMs: 0,
    storage: options.storage ?? null,
    initial: { text: options.text ?? 'kind: Pod' },
  })
  return { store, ...manual }
}

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

describe('createAppStore', () => {
  it('starts with defaults and evaluates the initial text at once', async () => {
    const { store, calls } = setup()
    expect(store.getState().settings).toEqual({
      version: 'latest',
      level: 'restricted',
      windowsOpen: false,
      editorMode: 'monaco',
      presenter: false,
    })
    await flushPromises()
    expect(calls.map((c) => c.request)).toEqual([{ text: 'kind: Pod', version: 'latest', revision: 0, objectIndex: 0 }])
    calls[0].resolve()
    await flushPromises()
    expect(store.getState().evaluation).toMatchObject({ status: 'done', forRevision: 0, forVersion: 'latest' })
  })

  it('bumps the revision on every text change, and not for an identical text', () => {
    const { store } = setup()
    store.getState().setText('a')
    store.getState().setText('a')
    store.getState().setText('b')
    expect(store.getState().document).toEqual({ text: 'b', revision: 2 })
  })

  it('drops a result computed for an older revision', async () => {
    const { store, calls } = setup()
    await flushPromises()
    store.getState().setText('kind: Deployment')
    await flushPromises()
    const fresh = makeReport({ objects: [makeObject({ kind: 'Deployment' })] })
    calls[1].resolve(fresh)
    await flushPromises()
    calls[0].resolve(makeReport({ objects: [makeObject({ kind: 'Stale' })] }))
    await flushPromises()
    expect(store.getState().evaluation.report?.objects.map((o) => o.kind)).toEqual(['Deployment'])
    expect(fresh.objects).toHaveLength(1)
    expect(store.getState().evaluation.forRevision).toBe(1)
  })

  it('keeps the previous report while a newer evaluation is pending', async () => {
    const { store, calls } = setup()
    await flushPromises()
    calls[0].resolve()
    await flushPromises()
    const shown = store.getState().evaluation.report
    store.getState().setText('kind: Job')
    expect(store.getState().evaluation.status).toBe('pending')
    expect(store.getState().evaluation.report).toBe(shown)
  })

  it('drops a result computed for another version', async () => {
    const { store, calls } = setup()
    await flushPromises()
    store.getState().setVersion('v1.22')
    await flushPromises()
    calls[0].resolve()
    await flushPromises()
    expect(store.getState().evaluation.report).toBeNull()
    expect(calls[1].request).toMatchObject({ version: 'v1.22', revision: 0 })
    calls[1].resolve()
    await flushPromises()
    expect(store.getState().evaluation.forVersion).toBe('v1.22')
  })

  it('ignores a superseded request without raising a notice', async () => {
    const { store, calls } = setup()
    await flushPromises()
    calls[0].reject(new EvaluationSuperseded(0))
    await flushPromises()
    expect(store.getState().ui.notice).toBeNull()
    expect(store.getState().evaluation.status).toBe('pending')
  })

  it('shows a recoverable notice on failure, keeps the text, and clears it on success', async () => {
    const { store, calls } = setup({ text: 'kind: Pod\n' })
    await flushPromises()
    calls[0].reject(new Error('worker crashed'))
    await flushPromises()
    const { notice } = store.getState().ui
    expect(notice).toMatchObject({ id: EVALUATION_NOTICE_ID, kind: 'error' })
    expect(notice?.text).toContain('worker crashed')
    expect(store.getState().document.text).toBe('kind: Pod\n')
    expect(store.getState().evaluation).toMatchObject({ status: 'error', error: 'worker crashed' })

    notice?.actions?.[0].run()
    await flushPromises()
    calls[1].resolve()
    await flushPromises()
    expect(store.getState().ui.notice).toBeNull()
    expect(store.getState().evaluation.status).toBe('done')
  })

  it('leaves notices raised by others alone when an evaluation succeeds', async () => {
    const { store, calls } = setup()
    store.getState().showNotice({ id: 'share', kind: 'warning', text: 'This link is damaged.' })
    await flushPromises()
    calls[0].resolve()
    await flushPromises()
    expect(store.getState().ui.notice?.id).toBe('share')
  })

  it('persists the editor mode and reads it back', () => {
    const storage = memoryStorage()
    setup({ storage }).store.getState().setEditorMode('textarea')
    expect([...storage.data.values()]).toEqual(['textarea'])
    expect(setup({ storage }).store.getState().settings.editorMode).toBe('textarea')
  })

  it('survives a storage that throws', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    const { store } = setup({ storage })
    expect(() => store.getState().setEditorMode('textarea')).not.toThrow()
  })

  it('gives every reveal request a fresh nonce', () => {
    const { store } = setup()
    store.getState().revealAt(3, 5)
    const first = store.getState().ui.reveal
    store.getState().revealAt(3, 5)
    expect(store.getState().ui.reveal).toEqual({ line: 3, column: 5, nonce: (first?.nonce ?? 0) + 1 })
  })

  it('applies a snapshot in one step and re-evaluates it', async () => {
    const { store, calls } = setup()
    await flushPromises()
    store.getState().applySnapshot({ text: 'kind: Job', version: 'v1.30', level: 'baseline', objectIndex: 2 })
    await flushPromises()
    expect(store.getState().document.revision).toBe(1)
    expect(store.getState().settings).toMatchObject({ version: 'v1.30', level: 'baseline' })
    expect(store.getState().selection.objectIndex).toBe(2)
    expect(calls.at(-1)?.request).toEqual({ text: 'kind: Job', version: 'v1.30', revision: 1, objectIndex: 2 })
  })

  it('stops evaluating after dispose', async () => {
    const { store, calls } = setup()
    store.getState().dispose()
    await flushPromises()
    expect(calls).toHaveLength(0)
  })
})
