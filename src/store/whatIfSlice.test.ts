import { afterEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { createDirectEvaluator } from './directEvaluator'
import { selectActiveWhatIf, selectShownLevel, selectShownSummary, selectWhatIfView } from './whatIfSelectors'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: web
    image: nginx # pinned later
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`

let store: AppStore | null = null
afterEach(() => store?.getState().dispose())

async function evaluated(text: string): Promise<AppStore> {
  store = createAppStore({ evaluator: createDirectEvaluator(), debounceMs: 0, initial: { text } })
  store.getState().requestEvaluation(0)
  await expect.poll(() => store?.getState().evaluation.status).toBe('done')
  return store
}

describe('what-if slice', () => {
  it('shows the object as if hostUsers: false without touching the text, and back', async () => {
    const app = await evaluated(POD)
    expect(selectShownSummary(app.getState())?.highestLevel).toBe('baseline')
    app.getState().setWhatIf({ kind: 'hostUsers' })
    await expect.poll(() => app.getState().whatIf.status).toBe('done')
    expect(selectShownSummary(app.getState())?.highestLevel).toBe('restricted')
    expect(app.getState().document.text).toBe(POD)
    // The real report is untouched: the object list and markers keep reading it.
    expect(app.getState().evaluation.report?.objects[0].highestLevel).toBe('baseline')
    app.getState().setWhatIf(null)
    expect(selectShownSummary(app.getState())?.highestLevel).toBe('baseline')
  })

  it('Apply makes the same edit to the text as one change the editor can undo, and turns the switch off', async () => {
    const app = await evaluated(POD)
    app.getState().setWhatIf({ kind: 'hostUsers' })
    await expect.poll(() => app.getState().whatIf.status).toBe('done')
    app.getState().applyWhatIf()
    const text = app.getState().document.text
    expect(text.replace('  hostUsers: false\n', '')).toBe(POD)
    expect(app.getState().fixes.appliedText).toBe(text)
    expect(app.getState().whatIf.change).toBeNull()
    await expect.poll(() => app.getState().evaluation.report?.objects[0].highestLevel).toBe('restricted')
  })

  it('an edit while a switch is on computes the what-if again for the new text; Apply waits for it', async () => {
    const app = await evaluated(POD)
    app.getState().setWhatIf({ kind: 'os', name: 'windows' })
    await expect.poll(() => app.getState().whatIf.status).toBe('done')
    const before = app.getState().whatIf.key
    app.getState().setText(POD.replace('name: web\nspec', 'name: api\nspec'))
    // Until the new text is evaluated, the old answer's edits must not be applied to it.
    app.getState().applyWhatIf()
    expect(app.getState().document.text).toContain('name: api')
    expect(app.getState().document.text).not.toContain('windows')
    await expect.poll(() => app.getState().evaluation.forRevision).toBe(app.getState().document.revision)
    app.getState().loadWhatIf()
    await expect.poll(() => app.getState().whatIf.key !== before && app.getState().whatIf.status === 'done').toBe(true)
    expect(selectWhatIfView(app.getState())?.summary.name).toBe('api')
  })

  it('a level what-if judges admission at that level and lists what it would take', async () => {
    const app = await evaluated(POD)
    app.getState().setWhatIf({ kind: 'level', level: 'restricted' })
    await expect.poll(() => app.getState().whatIf.status).toBe('done')
    expect(selectShownLevel(app.getState())).toBe('restricted')
    expect(selectWhatIfView(app.getState())?.fixes.map((f) => f.check)).toEqual(['runAsUser'])
    expect(selectShownSummary(app.getState())?.allowed.restricted).toBe(true)
  })

  it('a change that changes nothing is a reason, and the panel keeps the real object', async () => {
    const app = await evaluated(POD.replace('spec:\n', 'spec:\n  os: {name: linux}\n'))
    app.getState().setWhatIf({ kind: 'os', name: 'linux' })
    await expect.poll(() => app.getState().whatIf.status).toBe('done')
    expect(app.getState().whatIf.answer).toEqual({ reason: 'it already says spec.os.name: linux' })
    expect(selectWhatIfView(app.getState())).toBeNull()
    expect(selectActiveWhatIf(app.getState())).not.toBeNull()
    expect(selectShownSummary(app.getState())?.highestLevel).toBe('baseline')
  })
})
