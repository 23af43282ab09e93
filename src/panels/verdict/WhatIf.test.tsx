// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import { createAppStore, type AppStore } from '../../store/createAppStore'
import { createDirectEvaluator } from '../../store/directEvaluator'
import { VerdictPanel } from './VerdictPanel'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext: {runAsUser: 0, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`

let store: AppStore | null = null
afterEach(() => {
  cleanup()
  store?.getState().dispose()
})

async function renderPanel(text: string, version = 'latest', debounceMs = 0) {
  store = createAppStore({ evaluator: createDirectEvaluator(), debounceMs, initial: { text, version } })
  const app = store
  await expect.poll(() => app.getState().evaluation.status).toBe('done')
  render(
    <AppStoreProvider store={app}>
      <VerdictPanel />
    </AppStoreProvider>,
  )
  return app
}

describe('what-if switches', () => {
  it('a switch shows the what-if verdict under a banner, leaves the text alone, and goes back', async () => {
    const app = await renderPanel(POD)
    expect(screen.getByTestId('verdict').dataset.level).toBe('baseline')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'hostUsers: false' })))
    await expect.poll(() => screen.queryByTestId('what-if')?.dataset.status).toBe('done')
    expect(screen.getByTestId('what-if').textContent).toContain('What if: hostUsers: false — not applied')
    expect(screen.getByTestId('verdict').dataset.level).toBe('restricted')
    expect(screen.getByTestId('verdict').dataset.whatIf).toBe('true')
    expect(screen.getByRole('button', { name: 'hostUsers: false' }).getAttribute('aria-pressed')).toBe('true')
    // Fixes are for the user's text, not the what-if's copy.
    expect(screen.queryByTestId('make-level')).toBeNull()
    expect(app.getState().document.text).toBe(POD)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Back to my manifest' })))
    expect(screen.queryByTestId('what-if')).toBeNull()
    expect(screen.getByTestId('verdict').dataset.level).toBe('baseline')
  })

  it('a level what-if says what it would take, and Apply makes that edit', async () => {
    const app = await renderPanel(POD)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Made Restricted' })))
    await expect.poll(() => screen.queryByTestId('what-if')?.dataset.status).toBe('done')
    const banner = screen.getByTestId('what-if')
    expect(within(banner).getByRole('list', { name: 'What it would take' }).textContent).toContain('runAsUser')
    expect(screen.getByTestId('gates').dataset.admission).toBe('allowed')
    await act(async () => fireEvent.click(within(banner).getByRole('button', { name: 'Apply' })))
    expect(app.getState().document.text).not.toContain('runAsUser: 0')
    expect(screen.queryByTestId('what-if')).toBeNull()
  })

  it('after an edit, Apply is disabled, and says why, until the what-if of the new text arrives', async () => {
    // A long debounce holds the edit's evaluation back, so the banner still shows the old text's answer.
    const app = await renderPanel(POD, 'latest', 60_000)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'hostUsers: false' })))
    await expect.poll(() => screen.queryByTestId('what-if')?.dataset.status).toBe('done')
    const apply = () => within(screen.getByTestId('what-if')).getByRole('button', { name: 'Apply' }) as HTMLButtonElement
    expect(apply().disabled).toBe(false)
    const edited = POD.replace('name: web\nspec', 'name: api\nspec')
    await act(async () => app.getState().setText(edited))
    expect(screen.getByTestId('what-if').dataset.status).toBe('done')
    expect(apply().disabled).toBe(true)
    expect(apply().getAttribute('aria-describedby')).toBe(screen.getByTestId('what-if-apply-blocker').id)
    expect(screen.getByTestId('what-if-apply-blocker').textContent).toBe('Waiting for the what-if of the current text.')
    await act(async () => app.getState().requestEvaluation(0))
    await expect.poll(() => apply().disabled).toBe(false)
    expect(screen.queryByTestId('what-if-apply-blocker')).toBeNull()
    await act(async () => fireEvent.click(apply()))
    expect(app.getState().document.text).toBe(`${edited}  hostUsers: false\n`)
  })
})

describe('a switch belongs to one object', () => {
  it('selecting another object turns it off', async () => {
    const app = await renderPanel(`${POD}---\n${POD.replace('name: web', 'name: api')}`)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'hostUsers: false' })))
    await expect.poll(() => screen.queryByTestId('what-if')?.dataset.status).toBe('done')
    await act(async () => app.getState().selectObject(1))
    expect(screen.queryByTestId('what-if')).toBeNull()
    expect(app.getState().whatIf.change).toBeNull()
    expect(screen.getByTestId('verdict').textContent).toContain('Pod api')
    expect(screen.getByRole('button', { name: 'hostUsers: false' }).getAttribute('aria-pressed')).toBe('false')
  })
})

describe('version notes', () => {
  it('at v1.22 a root container says runAsUser is not checked before v1.23; at latest its violation says since when', async () => {
    const app = await renderPanel(POD, 'v1.22')
    const note = screen.getAllByTestId('version-note').find((n) => n.dataset.check === 'runAsUser')!
    expect(note.textContent).toBe('runAsUser: not checked before v1.23 (from v1.23 it fails: runAsUser=0, container "app" must not set runAsUser=0)')
    await act(async () => app.getState().setVersion('latest'))
    await expect.poll(() => app.getState().evaluation.forVersion).toBe('latest')
    const violation = screen.getAllByTestId('violation').find((v) => v.dataset.check === 'runAsUser')!
    expect(within(violation).getByTestId('version-note').textContent).toBe('checked from v1.23')
  })
})
