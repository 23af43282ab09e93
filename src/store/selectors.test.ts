import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { selectEditorMarkers } from './markers'
import { selectIsStale, selectSelectedIndex, selectSelectedObject, selectShareSnapshot, selectWindowsPanelVisible } from './selectors'
import { selectShownAllowed, selectShownMessage, selectShownViolationGroups } from './whatIfSelectors'
import { createManualEvaluator, flushPromises, makeLevel, makeObject, makeReport, makeViolation } from './testSupport'
import type { Report } from '@secctx/engine'

let store: AppStore
afterEach(() => store.getState().dispose())

async function storeWith(report: Report, text = 'a\nbb\nccc\n') {
  const { evaluator, calls } = createManualEvaluator()
  store = createAppStore({ evaluator, debounceMs: 0, initial: { text } })
  await flushPromises()
  calls[0].resolve(report)
  await flushPromises()
  return store
}

const baselineFailure = makeViolation({ check: 'privileged', level: 'baseline', reason: 'privileged' })
const restrictedFailure = makeViolation()
const failing = makeObject({
  name: 'web',
  highestLevel: 'privileged',
  levels: {
    baseline: makeLevel([baselineFailure], 'pods "web" is forbidden: baseline'),
    restricted: makeLevel([baselineFailure, restrictedFailure], 'pods "web" is forbidden: restricted'),
  },
})

describe('selectors', () => {
  it('clamps the selected object to the current report', async () => {
    const s = await storeWith(makeReport({ objects: [makeObject({ name: 'a' }), makeObject({ name: 'b' })] }))
    s.getState().selectObject(7)
    expect(selectSelectedIndex(s.getState())).toBe(1)
    expect(selectSelectedObject(s.getState())?.name).toBe('b')
  })

  it('has no selection when the report has no object', async () => {
    const s = await storeWith(makeReport({ objects: [] }))
    expect(selectSelectedIndex(s.getState())).toBe(-1)
    expect(selectShownAllowed(s.getState())).toBeNull()
  })

  it('reads pass/fail and the kubectl message for the target level from the report', async () => {
    const s = await storeWith(makeReport({ objects: [failing] }))
    expect(selectShownAllowed(s.getState())).toBe(false)
    expect(selectShownMessage(s.getState())).toContain('restricted')
    s.getState().setLevel('baseline')
    expect(selectShownMessage(s.getState())).toContain('baseline')
    s.getState().setLevel('privileged')
    expect(selectShownAllowed(s.getState())).toBe(true)
    expect(selectShownMessage(s.getState())).toBeNull()
  })

  it('groups failing checks by level without repeating baseline ones', async () => {
    const s = await storeWith(makeReport({ objects: [failing] }))
    const groups = selectShownViolationGroups(s.getState())
    expect(groups.baseline.map((v) => v.check)).toEqual(['privileged'])
    expect(groups.restricted.map((v) => v.check)).toEqual(['runAsNonRoot'])
    expect(selectShownViolationGroups(s.getState())).toBe(groups)
  })

  it('marks the target level only, with multi-line ranges cut to their first line', async () => {
    const spanning = makeViolation({
      locations: [{ line: 2, column: 1, endLine: 3, endColumn: 4, path: 'spec' }],
    })
    const object = makeObject({
      levels: { baseline: makeLevel(), restricted: makeLevel([spanning], 'denied') },
      problems: [{ severity: 'warning', path: 'spec.x', message: 'ignored', code: 'c', line: 1, column: 1, endLine: 1, endColumn: 2 }],
    })
    const errors = [{ file: null, document: 0, message: 'bad indent', line: 3, column: 2, endLine: 3, endColumn: 3 }]
    const s = await storeWith(makeReport({ objects: [object], errors }))
    const markers = selectEditorMarkers(s.getState())
    expect(markers.map((m) => [m.source, m.severity, m.line, m.endLine, m.endColumn])).toEqual([
      ['yaml', 'error', 3, 3, 3],
      ['API validation', 'warning', 1, 1, 2],
      ['PodSecurity restricted:latest', 'error', 2, 2, 3],
    ])
    expect(selectEditorMarkers(s.getState())).toBe(markers)
    s.getState().setLevel('baseline')
    expect(selectEditorMarkers(s.getState()).map((m) => m.source)).toEqual(['yaml', 'API validation'])
  })

  it('shows the Windows panel for Windows pods or when opened by hand', async () => {
    const windows = makeObject({
      windows: { targetsWindows: true, signals: ['spec.os.name'], osName: 'windows', guidance: [] },
    })
    const s = await storeWith(makeReport({ objects: [makeObject(), windows] }))
    expect(selectWindowsPanelVisible(s.getState())).toBe(false)
    s.getState().setWindowsOpen(true)
    expect(selectWindowsPanelVisible(s.getState())).toBe(true)
    s.getState().setWindowsOpen(false)
    s.getState().selectObject(1)
    expect(selectWindowsPanelVisible(s.getState())).toBe(true)
  })

  it('reports staleness until the answer for the current text arrives', async () => {
    const s = await storeWith(makeReport())
    expect(selectIsStale(s.getState())).toBe(false)
    s.getState().setText('changed')
    expect(selectIsStale(s.getState())).toBe(true)
  })

  it('snapshots exactly the shareable state, and keeps its identity while unchanged', async () => {
    const s = await storeWith(makeReport(), 'kind: Pod')
    s.getState().setPresenter(true)
    const snapshot = selectShareSnapshot(s.getState())
    expect(snapshot).toEqual({
      text: 'kind: Pod',
      version: 'latest',
      level: 'restricted',
      objectIndex: 0,
      windowsOpen: false,
      presenter: true,
    })
    s.getState().revealAt(1, 1)
    expect(selectShareSnapshot(s.getState())).toBe(snapshot)
  })
})
