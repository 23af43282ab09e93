import { expect, test } from 'vitest'
import { pod, runCheck } from '../../../test/podBuilders'

test('names the shared namespaces in fixed order', () => {
  expect(runCheck('hostNamespaces', pod({ hostIPC: true, hostPID: true, hostNetwork: true }))).toEqual({
    reason: 'host namespaces',
    detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
    paths: [
      ['spec', 'hostNetwork'],
      ['spec', 'hostPID'],
      ['spec', 'hostIPC'],
    ],
  })
  expect(runCheck('hostNamespaces', pod({ hostPID: true }))?.detail).toBe('hostPID=true')
})

test('false, null and wrongly typed values pass', () => {
  expect(runCheck('hostNamespaces', pod({ hostNetwork: false, hostPID: null, hostIPC: 'true' }))).toBeNull()
})
