// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { renderWithReport } from '../renderWithStore'
import { VersionMatrix } from './VersionMatrix'

afterEach(cleanup)

const ROOT_INIT = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  initContainers:
  - {name: init, image: busybox, securityContext: {runAsUser: 0, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}
  containers:
  - {name: app, image: nginx, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}
`

describe('VersionMatrix', () => {
  it('shows one item per range with its versions and level, the changes inside it, and sets the version on click', async () => {
    const { store } = await renderWithReport(<VersionMatrix />, evaluate(ROOT_INIT, { versions: 'all' }), ROOT_INIT)
    const ranges = [...screen.getByTestId('version-matrix').children] as HTMLElement[]
    expect(ranges.map((li) => [li.dataset.from, li.dataset.to, li.dataset.level])).toEqual([
      ['v1.0', 'v1.22', 'restricted'],
      ['v1.23', 'v1.37', 'baseline'],
    ])
    expect(ranges[1].textContent).toContain('v1.23 runAsUser added')
    expect(ranges[1].querySelector('button')?.getAttribute('aria-current')).toBe('true')
    await act(async () => fireEvent.click(ranges[0].querySelector('button')!))
    expect(store.getState().settings.version).toBe('v1.22')
    await act(async () => fireEvent.click(ranges[1].querySelector('button')!))
    expect(store.getState().settings.version).toBe('latest')
  })

  it('shows nothing for a report without a matrix', async () => {
    await renderWithReport(<VersionMatrix />, evaluate(ROOT_INIT), ROOT_INIT)
    expect(screen.queryByTestId('version-matrix')).toBeNull()
  })
})
