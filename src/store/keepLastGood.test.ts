import { afterEach, describe, expect, it } from 'vitest'
import type { InputError, Report } from '@secctx/engine'
import { createAppStore, type AppStore } from './createAppStore'
import { createManualEvaluator, flushPromises, makeObject, makeReport } from './testSupport'

let store: AppStore | undefined
afterEach(() => store?.getState().dispose())

const syntaxError: InputError = {
  file: null,
  document: 0,
  item: null,
  message: 'YAML syntax error: bad indentation',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 6,
}

/** The evaluation state after answering one text per report, each edit's answer in turn. */
async function answered(reports: Report[]) {
  store?.getState().dispose()
  const manual = createManualEvaluator()
  store = createAppStore({ evaluator: manual.evaluator, debounceMs: 0, storage: null, initial: { text: 'kind: Pod' } })
  for (const [index, report] of reports.entries()) {
    if (index > 0) store.getState().setText(`kind: Pod # ${index}`)
    await flushPromises()
    manual.calls[index].resolve(report)
    await flushPromises()
  }
  return store.getState().evaluation
}

describe('a syntax error mid-edit keeps the last good result', () => {
  it('keeps the objects, marked out of date, with the new error and the current revision', async () => {
    const evaluation = await answered([makeReport({ objects: [makeObject({ name: 'web' })] }), makeReport({ objects: [], errors: [syntaxError] })])
    expect(evaluation.forRevision).toBe(1)
    expect(evaluation.report?.outOfDate).toBe(true)
    expect(evaluation.report?.objects.map((object) => object.name)).toEqual(['web'])
    expect(evaluation.report?.errors).toEqual([syntaxError])
    expect(evaluation.report?.markers.restricted.markers[0].message).toContain('bad indentation')
  })

  it('keeps them through further broken edits, and drops them once the text reads again', async () => {
    const broken = makeReport({ objects: [], errors: [syntaxError] })
    const stillBroken = await answered([makeReport({ objects: [makeObject({ name: 'web' })] }), broken, broken])
    expect(stillBroken.report?.objects.map((object) => object.name)).toEqual(['web'])
    const fixed = await answered([makeReport({ objects: [makeObject({ name: 'web' })] }), broken, makeReport({ objects: [makeObject({ name: 'api' })] })])
    expect(fixed.report?.outOfDate).toBeUndefined()
    expect(fixed.report?.objects.map((object) => object.name)).toEqual(['api'])
  })

  it('shows the new result when nothing was lost, or when there was no result before', async () => {
    const sameCount = await answered([makeReport(), makeReport({ errors: [syntaxError] })])
    expect(sameCount.report?.outOfDate).toBeUndefined()
    const first = await answered([makeReport({ objects: [], errors: [syntaxError] })])
    expect(first.report?.objects).toEqual([])
    expect(first.report?.outOfDate).toBeUndefined()
  })

  it('shows an emptied text as empty: no error, so nothing is out of date', async () => {
    const emptied = await answered([makeReport(), makeReport({ objects: [] })])
    expect(emptied.report?.objects).toEqual([])
  })
})
