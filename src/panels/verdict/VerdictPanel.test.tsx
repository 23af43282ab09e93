// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeLevel, makeObject, makeReport, makeViolation } from '../../store/testSupport'
import { renderWithReport } from '../renderWithStore'
import { VerdictPanel } from './VerdictPanel'

afterEach(cleanup)

const privileged = makeViolation({
  check: 'privileged',
  level: 'baseline',
  reason: 'privileged',
  detail: 'container "app" must not set securityContext.privileged=true',
  locations: [{ line: 9, column: 11, endLine: 9, endColumn: 27, path: 'spec.containers[0].securityContext.privileged' }],
})
const runAsNonRoot = makeViolation()
const report = makeReport({
  objects: [
    makeObject({
      name: 'web',
      highestLevel: 'privileged',
      levels: {
        baseline: makeLevel([privileged], 'pods "web" is forbidden: violates PodSecurity "baseline:latest": privileged'),
        restricted: makeLevel([privileged, runAsNonRoot], 'pods "web" is forbidden: violates PodSecurity "restricted:latest": …'),
      },
    }),
  ],
})

describe('VerdictPanel', () => {
  it('shows the highest level met with its revision, and every failing check grouped by level', async () => {
    await renderWithReport(<VerdictPanel />, report)
    const verdict = screen.getByTestId('verdict')
    expect(verdict.dataset.level).toBe('privileged')
    expect(verdict.dataset.revision).toBe('0')
    expect(verdict.textContent).toContain('Privileged')

    const baseline = screen.getByRole('region', { name: 'baseline checks that fail' })
    expect(
      within(baseline)
        .getAllByTestId('violation')
        .map((row) => row.dataset.check),
    ).toEqual(['privileged'])
    const restricted = screen.getByRole('region', { name: 'restricted checks that fail' })
    expect(
      within(restricted)
        .getAllByTestId('violation')
        .map((row) => row.dataset.check),
    ).toEqual(['runAsNonRoot'])
    expect(screen.getAllByTestId('violation')[0].textContent).toContain('must not set securityContext.privileged=true')
  })

  it('reads pass/fail and the kubectl message for the chosen target level', async () => {
    await renderWithReport(<VerdictPanel />, report)
    expect(screen.getByTestId('target-result').dataset.allowed).toBe('false')
    expect(screen.getByTestId('kubectl-message').textContent).toContain('"restricted:latest"')

    fireEvent.click(screen.getByRole('radio', { name: 'Baseline' }))
    expect(screen.getByTestId('kubectl-message').textContent).toContain('"baseline:latest"')
    expect(screen.getByTestId('namespace-labels').textContent).toContain('pod-security.kubernetes.io/enforce: baseline')

    fireEvent.click(screen.getByRole('radio', { name: 'Privileged' }))
    expect(screen.getByTestId('target-result').dataset.allowed).toBe('true')
    expect(screen.queryByTestId('kubectl-message')).toBeNull()
  })

  it('asks for a new evaluation when the policy version changes', async () => {
    const { store } = await renderWithReport(<VerdictPanel />, report)
    fireEvent.change(screen.getByLabelText('Policy version'), { target: { value: 'v1.22' } })
    expect(store.getState().settings.version).toBe('v1.22')
    expect(store.getState().evaluation.status).toBe('pending')
    expect(screen.getByTestId('namespace-labels').textContent).toContain('enforce-version: v1.22')
  })

  it('moves the editor cursor to a violation location', async () => {
    const { store } = await renderWithReport(<VerdictPanel />, report)
    fireEvent.click(screen.getByRole('button', { name: /spec\.containers\[0\]\.securityContext\.privileged/ }))
    expect(store.getState().ui.reveal).toMatchObject({ line: 9, column: 11 })
  })

  it('says so when the input holds no pod', async () => {
    const { store } = await renderWithReport(<VerdictPanel />, makeReport({ objects: [] }))
    expect(screen.getByTestId('verdict').dataset.level).toBeUndefined()
    expect(screen.getByTestId('verdict').textContent).toContain('No pod to check')
    act(() => store.getState().setLevel('baseline'))
    expect(screen.queryByTestId('target-result')).toBeNull()
  })
})
