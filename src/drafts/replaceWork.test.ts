import { describe, expect, it } from 'vitest'
import { createAppStore } from '../store/createAppStore'
import { makeView } from '../store/testSupport'
import { PLAYLISTS } from '../workshop/playlists'
import { applyAnswer, openStep } from '../workshop/stepNavigation'
import { createWorkshopStore } from '../store/workshopStore'
import { createDraftHistory } from './draftHistory'
import { createMemoryStorage } from './memoryStorage'
import { attachDraftHistory, draftHistoryOf, replaceWork } from './replaceWork'
import { currentSnapshot } from './stateSync'

const MINE = 'kind: Pod\nmetadata:\n  name: my-work\n'

function page() {
  const store = createAppStore({ evaluator: async ({ revision }) => ({ revision, report: makeView() }), initial: { text: MINE } })
  const workshop = createWorkshopStore()
  const storage = createMemoryStorage()
  attachDraftHistory(store, createDraftHistory(storage))
  const text = () => store.getState().document.text
  const undo = () => store.getState().ui.notice?.actions?.[0]?.run()
  /** What a reload of the page would list. */
  const afterReload = () =>
    createDraftHistory(storage)
      .getState()
      .entries.map((entry) => entry.snapshot.text)
  return { store, workshop, text, undo, afterReload }
}

const playlist = PLAYLISTS[0]!

describe('every replacement of the text can be undone and is kept past a reload', () => {
  it('opening two examples in a row: both earlier texts are kept, the notice undoes the last', () => {
    const { store, workshop, text, undo, afterReload } = page()
    const example = (title: string) => ({ ...currentSnapshot(store, workshop), text: `kind: Pod\nmetadata:\n  name: ${title}\n` })
    replaceWork(store, workshop, example('first'), { reason: 'Opened the example "first"' })
    replaceWork(store, workshop, example('second'), { reason: 'Opened the example "second"' })
    expect(afterReload()).toEqual([example('first').text, MINE])
    undo()
    expect(text()).toBe(example('first').text)
  })

  it('starting a workshop playlist keeps the text it replaces', () => {
    const { store, workshop, text, undo, afterReload } = page()
    openStep(store, workshop, playlist, 0)
    expect(text()).toBe(playlist.steps[0]!.manifest)
    expect(draftHistoryOf(store).getState().entries[0]?.reason).toBe(`Started the workshop "${playlist.title}"`)
    expect(afterReload()).toEqual([MINE])
    undo()
    expect(text()).toBe(MINE)
    expect(workshop.getState().position).toBeNull()
  })

  it('"Show an answer" keeps the participant\'s own attempt', () => {
    const { store, workshop, text, undo, afterReload } = page()
    openStep(store, workshop, playlist, 0)
    store.getState().setText(`${playlist.steps[0]!.manifest}# my attempt\n`)
    applyAnswer(store, workshop, playlist, 0)
    expect(text()).toBe(playlist.steps[0]!.solution)
    expect(afterReload()[0]).toBe(`${playlist.steps[0]!.manifest}# my attempt\n`)
    undo()
    expect(text()).toBe(`${playlist.steps[0]!.manifest}# my attempt\n`)
  })

  it('a change of settings alone keeps nothing and offers nothing', () => {
    const { store, workshop, afterReload } = page()
    replaceWork(store, workshop, { ...currentSnapshot(store, workshop), level: 'baseline' }, { reason: 'r' })
    expect(afterReload()).toEqual([])
    expect(store.getState().ui.notice).toBeNull()
  })
})
