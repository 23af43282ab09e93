// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeContainer, makeObject, makeReport } from '../../store/testSupport'
import { renderWithReport } from '../renderWithStore'
import { EffectiveContextPanel } from './EffectiveContextPanel'

afterEach(cleanup)

const at = (line: number) => ({ line, column: 7, endLine: line, endColumn: 20, path: 'x' })
const note = 'Unset: the container may gain more privileges than its parent process (no_new_privs is not set).'
const report = makeReport({
  objects: [
    makeObject({
      containers: [
        makeContainer({ name: 'init', type: 'initContainer', path: 'spec.initContainers[0]', location: at(10) }),
        makeContainer({
          name: 'app',
          path: 'spec.containers[0]',
          location: at(20),
          effective: {
            runAsUser: { value: 1001, source: 'container', overrides: 1000, location: at(24) },
            allowPrivilegeEscalation: { value: null, source: 'default', note },
            'windowsOptions.runAsUserName': { value: null, source: 'default' },
          },
        }),
      ],
      pod: { fsGroup: { value: 2000, note: 'Volumes are owned by group 2000.', location: at(5) } },
    }),
  ],
})

describe('EffectiveContextPanel', () => {
  it('renders one labelled card per container, with the manifest text as text', async () => {
    await renderWithReport(<EffectiveContextPanel />, report)
    const cards = screen.getAllByTestId('effective-context')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['init', 'app'])
    expect(cards[0].textContent).toContain('Init container')
    expect(screen.getByTestId('pod-context').textContent).toContain('fsGroup')
  })

  it('strikes through the overridden pod value beside the container value', async () => {
    await renderWithReport(<EffectiveContextPanel />, report)
    const row = screen.getAllByTestId('effective-context')[1].querySelector('tr[data-field="runAsUser"]')!
    expect(row.getAttribute('data-source')).toBe('container')
    expect(row.querySelector('code')?.textContent).toBe('1001')
    expect(row.querySelector('del')?.textContent).toBe('1000')
  })

  it('explains a default on hover and in a keyboard-operable disclosure', async () => {
    await renderWithReport(<EffectiveContextPanel />, report)
    const row = screen.getAllByTestId('effective-context')[1].querySelector('tr[data-field="allowPrivilegeEscalation"]')!
    const summary = row.querySelector('summary')!
    expect(summary.getAttribute('title')).toBe(note)
    expect(row.querySelector('details p')?.textContent).toBe(note)
  })

  it('hides Windows-only fields until the Windows view is on', async () => {
    const { store } = await renderWithReport(<EffectiveContextPanel />, report)
    expect(document.querySelector('tr[data-field="windowsOptions.runAsUserName"]')).toBeNull()
    act(() => store.getState().setWindowsOpen(true))
    expect(document.querySelector('tr[data-field="windowsOptions.runAsUserName"]')).not.toBeNull()
  })

  it('moves the cursor to a written field, or to its container when the field is not written', async () => {
    const { store } = await renderWithReport(<EffectiveContextPanel />, report)
    fireEvent.click(screen.getByRole('button', { name: 'runAsUser' }))
    expect(store.getState().ui.reveal).toMatchObject({ line: 24 })
    fireEvent.click(screen.getByRole('button', { name: 'allowPrivilegeEscalation' }))
    expect(store.getState().ui.reveal).toMatchObject({ line: 20 })
  })
})
