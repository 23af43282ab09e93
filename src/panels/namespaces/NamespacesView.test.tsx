// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ResultPanels } from '../../app/ResultPanels'
import { AppStoreProvider } from '../../store/AppStoreProvider'
import { createAppStore } from '../../store/createAppStore'
import { createDirectEvaluator } from '../../store/directEvaluator'
import { NAMESPACE_DUMP } from '../../test/namespaceDump'
import { NamespacesView } from './NamespacesView'

afterEach(cleanup)

async function renderEvaluated(ui: React.ReactElement, text = NAMESPACE_DUMP) {
  const store = createAppStore({ evaluator: createDirectEvaluator(), debounceMs: 0, initial: { text } })
  await waitFor(() => expect(store.getState().evaluation.status).toBe('done'))
  const view = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>)
  return { store, ...view }
}

const row = (name: string) => document.querySelector<HTMLElement>(`[data-namespace="${name}"]`)!
const expand = (name: string) => fireEvent.click(within(row(name)).getAllByRole('button')[0]!)

describe('NamespacesView', () => {
  it('lists each namespace collapsed, with the highest level all its pods meet', async () => {
    await renderEvaluated(<NamespacesView onShowObject={() => {}} />)
    const plan = await screen.findByTestId('namespace-plan')
    const rows = [...plan.querySelectorAll('[data-namespace]')].map((item) => [item.getAttribute('data-namespace'), item.getAttribute('data-level')])
    expect(rows).toEqual([
      ['batch', 'baseline'],
      ['payments', 'restricted'],
      ['web', 'privileged'],
    ])
    expect(plan.getAttribute('data-current')).toBe('true')
    // Collapsed: no details rendered yet, only the summary line.
    expect(screen.queryByTestId('namespace-object')).toBeNull()
    expect(row('web').textContent).toContain('1 denied now')
    expect(row('payments').textContent).toContain('1 invalid label')
    expect(row('payments').textContent).toContain('enforce restricted:v1.30 · audit privileged:latest · warn restricted:v1.30')
  })

  it('shows the policy as PSA resolves the labels, an invalid label as a problem at its place, and reveals it', async () => {
    const { store } = await renderEvaluated(<NamespacesView onShowObject={() => {}} />)
    await screen.findByTestId('namespace-plan')
    expand('payments')
    const modes = [...row('payments').querySelectorAll('tr[data-mode]')].map((tr) => [
      tr.getAttribute('data-mode'),
      tr.getAttribute('data-level'),
      tr.getAttribute('data-version'),
      tr.textContent,
    ])
    expect(modes).toEqual([
      ['enforce', 'restricted', 'v1.30', 'enforcerestricted (label)v1.30 (label)'],
      ['audit', 'privileged', 'latest', 'auditprivileged (label "strict" is invalid)latest (default)'],
      ['warn', 'restricted', 'v1.30', 'warnrestricted (from enforce)v1.30 (from enforce)'],
    ])
    const problem = within(screen.getByTestId('namespace-problems')).getByRole('button')
    expect(problem.textContent).toContain('Namespace/payments: metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: "strict"')
    expect(problem.textContent).toContain('(treated as privileged)')
    expect(problem.textContent).toContain('Ln 8, Col 5')
    fireEvent.click(problem)
    expect(store.getState().ui.reveal).toMatchObject({ line: 8, column: 5 })
  })

  it('lists what a stricter enforce label would deny and the commands that set the recommended labels', async () => {
    await renderEvaluated(<NamespacesView onShowObject={() => {}} />)
    await screen.findByTestId('namespace-plan')
    expand('web')
    const names = (testId: string) =>
      within(screen.getByTestId(testId))
        .queryAllByTestId('namespace-object')
        .map((item) => item.textContent)
    expect(names('would-deny-baseline')).toEqual(['Deployment/cachePrivilegeddenied by enforce'])
    expect(names('would-deny-restricted')).toEqual(['Pod/frontendBaseline', 'Deployment/cachePrivilegeddenied by enforce'])
    const labels =
      'pod-security.kubernetes.io/enforce=privileged pod-security.kubernetes.io/enforce-version=v1.37 pod-security.kubernetes.io/audit=baseline pod-security.kubernetes.io/audit-version=v1.37 pod-security.kubernetes.io/warn=baseline pod-security.kubernetes.io/warn-version=v1.37'
    expect(screen.getByTestId('namespace-command').textContent).toBe(`kubectl label --overwrite ns web ${labels}`)
    expect(screen.getByTestId('namespace-dry-run').textContent).toBe(`kubectl label --dry-run=server --overwrite ns web ${labels}`)
    expect(screen.getByRole('button', { name: 'Copy command' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Copy dry run' })).toBeTruthy()
  })

  it('hands a chosen object over by its index in the evaluation', async () => {
    const onShowObject = vi.fn()
    const { store } = await renderEvaluated(<NamespacesView onShowObject={onShowObject} />)
    await screen.findByTestId('namespace-plan')
    expand('batch')
    // The first list is the namespace's objects; the Pod is also in the restricted would-deny list.
    fireEvent.click(screen.getAllByTestId('namespace-object')[0]!)
    const index = onShowObject.mock.calls[0]![0] as number
    expect(store.getState().evaluation.report!.objects[index]).toMatchObject({ kind: 'Pod', name: 'runner', namespace: 'batch' })
  })

  it('pages the objects of a large namespace', async () => {
    const pods = Array.from(
      { length: 60 },
      (_, i) => `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: big}\nspec: {containers: [{name: c, image: x}]}\n`,
    ).join('')
    await renderEvaluated(<NamespacesView onShowObject={() => {}} />, `${NAMESPACE_DUMP}${pods}`)
    await screen.findByTestId('namespace-plan')
    expand('big')
    const objects = () => row('big').querySelector('.object-list')!.querySelectorAll('[data-testid="namespace-object"]').length
    expect(objects()).toBe(25)
    fireEvent.click(within(row('big')).getAllByRole('button', { name: 'Show 25 more' })[0]!)
    expect(objects()).toBe(50)
  })
})

describe('ResultPanels', () => {
  it('offers the Namespaces view only for an input that spans namespaces, and choosing an object there selects it in the object view', async () => {
    const single = await renderEvaluated(
      <ResultPanels evaluated />,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: x}]}\n',
    )
    expect(screen.queryByTestId('namespaces-view')).toBeNull()
    single.unmount()

    const { store } = await renderEvaluated(<ResultPanels evaluated />)
    fireEvent.click(screen.getByTestId('namespaces-view'))
    await screen.findByTestId('namespace-plan')
    expect(screen.queryByTestId('object-list')).toBeNull()
    expand('web')
    await act(async () => fireEvent.click(within(screen.getByTestId('would-deny-baseline')).getByTestId('namespace-object')))
    expect(screen.queryByTestId('namespace-plan')).toBeNull()
    expect(screen.getByTestId('objects-view').getAttribute('aria-pressed')).toBe('true')
    const selected = store.getState().evaluation.report!.objects[store.getState().selection.objectIndex]
    expect(selected).toMatchObject({ kind: 'Deployment', name: 'cache' })
    expect(screen.getByTestId('object-list').querySelector('[aria-current="true"]')!.textContent).toContain('Deployment/cache in web')
  })
})
