// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Gates, KubeletFinding } from '@secctx/engine'
import { makeLevel, makeObject, makeReport, makeViolation } from '../../store/testSupport'
import { renderWithReport } from '../renderWithStore'
import { VerdictPanel } from './VerdictPanel'
import { workloadDenialSentence } from './gateWords'

afterEach(cleanup)

const refused: KubeletFinding = {
  container: 'init',
  status: 'refused',
  message: 'container\'s runAsUser breaks non-root policy (pod: "web-<suffix>_<namespace>(<uid>)", container: init)',
  path: 'spec.template.spec.initContainers[0].securityContext.runAsUser',
  line: 14,
  column: 11,
  endLine: 14,
  endColumn: 23,
}
const dependsOnImage: KubeletFinding = { ...refused, container: 'app', status: 'depends', dependsOn: 'image', message: 'Set runAsUser…', line: 9 }
const gates = (overrides: Partial<Gates> = {}): Gates => ({
  api: { accepted: true },
  admission: { level: 'restricted', allowed: true, workload: true },
  kubelet: { status: 'refused', findings: [refused, dependsOnImage] },
  ...overrides,
})

describe('Will it run?', () => {
  it('shows each gate’s state, and the kubelet’s findings linked to their fields', async () => {
    const { store } = await renderWithReport(<VerdictPanel />, makeReport({ objects: [makeObject({ kind: 'Deployment', gates: gates() })] }))
    const line = screen.getByTestId('gates')
    expect(line.dataset).toMatchObject({ api: 'accepted', admission: 'allowed', kubelet: 'refused' })
    expect(line.textContent).toContain('No: the kubelet refuses a container')
    const findings = within(line).getAllByTestId('kubelet-finding')
    expect(findings.map((row) => [row.dataset.container, row.dataset.status])).toEqual([
      ['init', 'refused'],
      ['app', 'depends'],
    ])
    fireEvent.click(within(findings[0]).getByRole('button'))
    expect(store.getState().ui.reveal).toMatchObject({ line: 14, column: 11 })
  })

  it('shows an API rejection in the card, with the errors, even when the level is green', async () => {
    const object = makeObject({
      problems: [
        {
          severity: 'error',
          code: 'invalid',
          path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
          message: 'Invalid value: false: cannot set allowPrivilegeEscalation to false and privileged to true',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 40,
        },
      ],
      gates: gates({ api: { accepted: false }, kubelet: { status: 'starts', findings: [] } }),
    })
    const { store } = await renderWithReport(<VerdictPanel />, makeReport({ objects: [object] }))
    const line = screen.getByTestId('gates')
    expect(line.dataset.api).toBe('rejected')
    expect(line.textContent).toContain('No: the API server rejects it')
    fireEvent.click(within(line).getByRole('button', { name: /cannot set allowPrivilegeEscalation/ }))
    expect(store.getState().ui.reveal).toMatchObject({ line: 7, column: 9 })
  })

  it('follows the target level for admission, and tells what happens to a workload’s pods', async () => {
    const failing = makeViolation()
    const object = makeObject({
      kind: 'Deployment',
      levels: { baseline: makeLevel(), restricted: makeLevel([failing], 'Warning: …') },
      highestLevel: 'baseline',
      gates: gates({ kubelet: { status: 'starts', findings: [] } }),
    })
    const { store } = await renderWithReport(<VerdictPanel />, makeReport({ objects: [object] }))
    expect(screen.getByTestId('gates').dataset.admission).toBe('denied')
    expect(screen.getByTestId('workload-admission').textContent).toBe(workloadDenialSentence('Deployment'))
    expect(workloadDenialSentence('Deployment')).toContain("its ReplicaSet's events, as FailedCreate")
    act(() => store.getState().setLevel('baseline'))
    expect(screen.getByTestId('gates').dataset.admission).toBe('allowed')
    expect(screen.queryByTestId('workload-admission')).toBeNull()
  })

  it('shows no level, no "meets Restricted", no kubectl message and no labels without a pod-bearing object', async () => {
    await renderWithReport(<VerdictPanel />, makeReport({ objects: [] }))
    expect(screen.getByTestId('verdict').dataset.level).toBeUndefined()
    expect(screen.queryByTestId('gates')).toBeNull()
    expect(document.body.textContent).not.toContain('meets Restricted')
    expect(document.body.textContent).not.toContain('prints no Pod Security message')
    expect(screen.queryByTestId('namespace-labels')).toBeNull()
  })
})
