// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Problem } from '@secctx/engine'
import { makeContainer, makeObject, makeReport } from '../../store/testSupport'
import { renderWithReport } from '../renderWithStore'
import { WindowsPanel } from './WindowsPanel'

afterEach(cleanup)

const problem = (code: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  code,
  message,
  severity,
  path: 'spec.securityContext.runAsUser',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
})

const windowsPod = makeObject({
  windows: {
    targetsWindows: true,
    signals: ['spec.os.name=windows'],
    osName: 'windows',
    guidance: [{ id: 'container-administrator', text: 'Switch with `USER ContainerUser` in the Dockerfile.' }],
  },
  containers: [
    makeContainer({
      name: 'admin',
      effective: {
        'windowsOptions.runAsUserName': { value: 'ContainerAdministrator', source: 'container', overrides: 'ContainerUser' },
      },
    }),
  ],
  problems: [
    problem('linux-field-on-windows', 'spec.securityContext.runAsUser: Forbidden: cannot be set for a windows pod'),
    problem('runAsUserName', "runAsUserName's User cannot be empty"),
    problem('id-range', 'unrelated'),
  ],
})

describe('WindowsPanel', () => {
  it('appears for a Windows pod with signals, users, sorted problems and guidance', async () => {
    await renderWithReport(<WindowsPanel />, makeReport({ objects: [windowsPod] }))
    const panel = screen.getByTestId('windows-panel')
    expect(screen.getByTestId('windows-signals').textContent).toBe('spec.os.name=windows')
    const row = screen.getByTestId('run-as-user-names').querySelector('tr[data-container="admin"]')!
    expect(row.textContent).toContain('ContainerAdministrator')
    expect(row.querySelector('del')?.textContent).toBe('ContainerUser')
    const problems = screen.getAllByTestId('problem').map((item) => item.textContent)
    expect(problems).toHaveLength(2)
    expect(problems.join()).not.toContain('unrelated')
    expect(panel.querySelector('[data-guidance="container-administrator"] code')?.textContent).toBe('USER ContainerUser')
  })

  it('stays hidden for a Linux pod until the Windows view is opened', async () => {
    const { store } = await renderWithReport(<WindowsPanel />, makeReport())
    expect(screen.queryByTestId('windows-panel')).toBeNull()
    act(() => store.getState().setWindowsOpen(true))
    expect(screen.getByTestId('windows-panel').textContent).toContain('Nothing marks this pod for Windows nodes')
  })
})
