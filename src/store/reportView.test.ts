import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { createDirectEvaluator } from './directEvaluator'
import { selectEditorMarkers } from './markers'
import { compactReport } from '../workers/protocol/reportView'
import { selectDetailPending, selectSelectedObject, selectSelectedSummary } from './selectors'
import { selectShownAllowed, selectShownMessage } from './whatIfSelectors'
import { makeLevel, makeObject, makeReport, makeViolation } from './testSupport'

const limits = { eagerDetails: 2, listed: 1, markers: 2 }

/** `count` Pods that run as root, as one YAML stream; a ConfigMap and a syntax error at the end. */
function stream(count: number): string {
  const pods = Array.from(
    { length: count },
    (_, i) => `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\nspec:\n  containers:\n    - name: app\n      image: app:1\n`,
  )
  return `${pods.join('')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n`
}

let store: AppStore | undefined
afterEach(() => store?.getState().dispose())

const settled = (s: AppStore, test: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => test() && resolve()
    s.subscribe(check)
    check()
  })

describe('compactReport', () => {
  it('summarises every object, keeps the detail of the selected one, and caps lists and markers with their counts', () => {
    const failing = makeObject({
      name: 'root',
      highestLevel: 'privileged',
      levels: {
        baseline: makeLevel([makeViolation({ check: 'privileged', level: 'baseline' })], 'denied'),
        restricted: makeLevel([makeViolation({ check: 'privileged', level: 'baseline' }), makeViolation()], 'denied'),
      },
    })
    const where = { line: 1, column: 1, endLine: 1, endColumn: 2 }
    const report = makeReport({
      objects: [makeObject({ name: 'a' }), failing, makeObject({ name: 'c' })],
      skipped: [1, 2].map((document) => ({ file: null, document, item: null, kind: 'ConfigMap', name: null, reason: 'no pod', location: where })),
      errors: [1, 2, 3].map((document) => ({ file: null, document, message: `bad ${document}`, ...where })),
    })
    const view = compactReport(report, 'a\nb\n', 1, limits)
    expect(view.objects.map((o) => [o.name, o.highestLevel, o.allowed.restricted, o.failingChecks])).toEqual([
      ['a', 'restricted', true, []],
      ['root', 'privileged', false, ['privileged', 'runAsNonRoot']],
      ['c', 'restricted', true, []],
    ])
    expect(Object.keys(view.details)).toEqual(['1'])
    expect(view.details[1]).toBe(failing)
    expect([view.skipped.length, view.skippedCount, view.errors.length, view.errorCount]).toEqual([1, 2, 1, 3])
    // 3 syntax errors + 2 restricted locations: 2 marked, and a note saying so.
    expect(view.markers.restricted.total).toBe(5)
    expect(view.markers.restricted.markers.map((m) => m.severity)).toEqual(['error', 'error', 'info'])
    expect(view.markers.restricted.markers[2].message).toContain('first 2 of 5')
    expect(view.markers.privileged.total).toBe(3)
    // The view must survive a structured clone: it crosses from the worker.
    expect(structuredClone(view)).toEqual(view)
  })

  it('marks the kubelet’s findings at every level: a refusal as an error, a dependency as a note', () => {
    const finding = {
      container: 'init',
      message: "container's runAsUser breaks non-root policy",
      path: 'spec.initContainers[0].securityContext.runAsUser',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
    }
    const object = makeObject({
      name: 'web',
      gates: {
        api: { accepted: true },
        admission: { level: 'restricted', allowed: true, workload: false },
        kubelet: {
          status: 'refused',
          findings: [
            { ...finding, status: 'refused' },
            { ...finding, container: null, status: 'depends', dependsOn: 'node', message: 'sysctl' },
          ],
        },
      },
    })
    const { markers } = compactReport(makeReport({ objects: [object] }), 'a\nb\n', 0)
    for (const level of ['privileged', 'restricted'] as const) {
      expect(markers[level].markers.map((m) => [m.severity, m.source, m.line, m.message])).toEqual([
        ['error', 'kubelet', 2, 'Pod "web", container "init": the kubelet refuses it: container\'s runAsUser breaks non-root policy'],
        ['info', 'kubelet', 2, 'Pod "web", the pod: depends on the node: sysctl'],
      ])
    }
  })

  it('keeps every detail when the input is small', () => {
    const view = compactReport(makeReport({ objects: [makeObject(), makeObject()] }), '', 0, limits)
    expect(Object.keys(view.details)).toEqual(['0', '1'])
  })
})

describe('the compact report in the store', () => {
  it("shows the summary at once and fetches another object's detail when it is selected", async () => {
    const evaluator = createDirectEvaluator()
    const s = (store = createAppStore({ evaluator, debounceMs: 0, initial: { text: stream(60) } }))
    await settled(s, () => s.getState().evaluation.status === 'done')
    const view = s.getState().evaluation.report!
    expect(view.objects).toHaveLength(60)
    expect(view.skippedCount).toBe(1)
    expect(Object.keys(view.details)).toEqual(['0'])
    expect(selectSelectedObject(s.getState())?.name).toBe('pod-0')

    s.getState().selectObject(42)
    expect(selectSelectedSummary(s.getState())?.name).toBe('pod-42')
    expect(selectShownAllowed(s.getState())).toBe(false)
    expect(selectDetailPending(s.getState())).toBe(true)
    await settled(s, () => !selectDetailPending(s.getState()))
    const detail = selectSelectedObject(s.getState())
    expect(detail?.name).toBe('pod-42')
    expect(detail?.containers.map((c) => c.name)).toEqual(['app'])
    expect(selectShownMessage(s.getState())).toContain('pod-42')
    // The summaries (and so the list) keep their identity when a detail arrives.
    expect(s.getState().evaluation.report?.objects).toBe(view.objects)
    expect(selectEditorMarkers(s.getState()).length).toBeGreaterThan(60)
  })

  it('evaluates again when the evaluator has lost the report a detail is asked from', async () => {
    const evaluator = createDirectEvaluator()
    const s = (store = createAppStore({ evaluator, debounceMs: 0, initial: { text: stream(60) } }))
    await settled(s, () => s.getState().evaluation.status === 'done')
    const first = s.getState().evaluation.report
    // As after a worker crash: the restarted worker holds no report.
    const detail = evaluator.detail!
    let failures = 0
    evaluator.detail = (request) => (failures++ === 0 ? Promise.reject(new Error('no evaluation')) : detail(request))
    s.getState().selectObject(42)
    await settled(s, () => !selectDetailPending(s.getState()))
    expect(selectSelectedObject(s.getState())?.name).toBe('pod-42')
    expect(s.getState().evaluation.report).not.toBe(first)
    expect(failures).toBe(1)
  })

  it("asks the next evaluation for the selected object's detail", async () => {
    const evaluator = createDirectEvaluator()
    const s = (store = createAppStore({ evaluator, debounceMs: 0, initial: { text: stream(60), objectIndex: 55 } }))
    await settled(s, () => s.getState().evaluation.status === 'done')
    expect(Object.keys(s.getState().evaluation.report!.details)).toEqual(['55'])
    expect(selectDetailPending(s.getState())).toBe(false)
  })
})
