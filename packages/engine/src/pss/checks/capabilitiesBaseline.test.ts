import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

const run = (containers: unknown[]) => runCheck('capabilities_baseline', pod({ containers }))

test('lists bad containers in visiting order and bad capabilities sorted unique', () => {
  const outcome = run([
    container('a', { capabilities: { add: ['FOO', 'BAR', 'CHOWN'] } }),
    container('b', { capabilities: { add: ['BAZ', 'FOO'], drop: ['ALL'] } }),
    container('c', { capabilities: { add: ['NET_BIND_SERVICE', 'SYS_CHROOT'] } }),
  ])
  expect(outcome).toEqual({
    reason: 'non-default capabilities',
    detail: 'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add',
    paths: [
      ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
      ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
      ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add', 0],
      ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add', 1],
    ],
  })
})

test('names are case-sensitive and without the CAP_ prefix', () => {
  expect(run([container('a', { capabilities: { add: ['chown', 'CAP_CHOWN'] } })])?.detail).toBe(
    'container "a" must not include "CAP_CHOWN", "chown" in securityContext.capabilities.add',
  )
})

test('every default capability may be added, and drop is ignored', () => {
  const all = [
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
  ]
  expect(run([container('a', { capabilities: { add: all, drop: ['SYS_ADMIN', 'whatever'] } })])).toBeNull()
  expect(run([container('a', { capabilities: null }), container('b')])).toBeNull()
})
