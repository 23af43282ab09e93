import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { createDirectEvaluator } from './directEvaluator'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx # pinned later
`

let store: AppStore | null = null
afterEach(() => store?.getState().dispose())

async function evaluated(text: string): Promise<AppStore> {
  store = createAppStore({ evaluator: createDirectEvaluator(), debounceMs: 0, initial: { text } })
  store.getState().requestEvaluation(0)
  await expect.poll(() => store?.getState().evaluation.status).toBe('done')
  return store
}

describe('fix slice', () => {
  it('computes the selected object’s fixes at both levels and applies one to the text', async () => {
    const app = await evaluated(POD)
    app.getState().loadFixes()
    await expect.poll(() => app.getState().fixes.status).toBe('done')
    const restricted = app.getState().fixes.value?.restricted
    expect(restricted?.fixes.map((f) => f.check)).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted'])
    expect(app.getState().fixes.value?.baseline?.fixes).toEqual([])

    app.getState().applyFix(restricted?.patch?.edits ?? [])
    const text = app.getState().document.text
    expect(app.getState().fixes.appliedText).toBe(text)
    expect(text).toContain('image: nginx # pinned later\n    securityContext:\n      allowPrivilegeEscalation: false')
    await expect.poll(() => app.getState().evaluation.report?.objects[0].allowed.restricted).toBe(true)
  })

  it('ignores edits once the text has moved on, since their offsets belong to the old text', async () => {
    const app = await evaluated(POD)
    app.getState().loadFixes()
    await expect.poll(() => app.getState().fixes.status).toBe('done')
    const edits = app.getState().fixes.value?.restricted?.fixes[0].edits ?? []
    app.getState().setText(POD.replace('web', 'api'))
    app.getState().applyFix(edits)
    expect(app.getState().document.text).toBe(POD.replace('web', 'api'))
  })

  it('records a request the worker dropped, counting failures in a row, so useFixes can ask again a bounded number of times', async () => {
    const evaluator = createDirectEvaluator()
    const fixes = evaluator.fixes!
    let drops = 2
    evaluator.fixes = (request) => (drops-- > 0 ? Promise.reject(new Error('dropped')) : fixes(request))
    store = createAppStore({ evaluator, debounceMs: 0, initial: { text: POD } })
    const app = store
    app.getState().requestEvaluation(0)
    await expect.poll(() => app.getState().evaluation.status).toBe('done')
    for (const attempts of [1, 2]) {
      app.getState().loadFixes()
      await expect.poll(() => app.getState().fixes.failed?.attempts).toBe(attempts)
      expect(app.getState().fixes).toMatchObject({ key: null, status: 'error' })
    }
    app.getState().loadFixes()
    await expect.poll(() => app.getState().fixes.status).toBe('done')
    expect(app.getState().fixes.value?.restricted?.fixes.length).toBeGreaterThan(0)
  })
})
