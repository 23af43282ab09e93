import { expect, test } from 'vitest'
import { container, evaluateAt, pod, runCheck } from '../../../test/podBuilders'

test('missing drop ALL and forbidden adds, both parts', () => {
  const spec = {
    containers: [
      container('a', { capabilities: { add: ['FOO', 'BAR'] } }),
      container('b', { capabilities: { drop: ['all'], add: ['BAZ'] } }),
      container('c', { capabilities: { drop: ['ALL'], add: ['CHOWN', 'NET_BIND_SERVICE'] } }),
      container('ok', { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }),
    ],
  }
  expect(runCheck('capabilities_restricted', pod(spec))).toEqual({
    reason: 'unrestricted capabilities',
    detail:
      'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add',
    paths: [
      ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
      ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0],
      ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
      ['spec', 'containers', 1, 'securityContext', 'capabilities', 'drop'],
      ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add', 0],
      ['spec', 'containers', 2, 'securityContext', 'capabilities', 'add', 0],
    ],
  })
})

test('no securityContext or capabilities means drop ALL is missing', () => {
  const spec = { initContainers: [container('i')], containers: [container('a', {}), container('b', { capabilities: null })] }
  expect(runCheck('capabilities_restricted', pod(spec))?.detail).toBe('containers "i", "a", "b" must set securityContext.capabilities.drop=["ALL"]')
})

test('dropping every capability by name is not dropping ALL', () => {
  expect(runCheck('capabilities_restricted', pod({ containers: [container('a', { capabilities: { drop: ['CHOWN', 'KILL'] } })] }))?.detail).toBe(
    'container "a" must set securityContext.capabilities.drop=["ALL"]',
  )
})

test('only the add part', () => {
  const spec = { containers: [container('a', { capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } })] }
  expect(runCheck('capabilities_restricted', pod(spec))?.detail).toBe('container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add')
})

test('replaces capabilities_baseline at restricted from v1.22', () => {
  const template = pod({ containers: [container('a', { capabilities: { add: ['SYS_ADMIN'] } })] })
  const at = (minor: number) => evaluateAt('restricted', minor, template).filter((f) => f.reason.includes('capabilities'))
  expect(at(21)).toEqual([
    expect.objectContaining({
      check: 'capabilities_baseline',
      reason: 'non-default capabilities',
      detail: 'container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    }),
  ])
  expect(at(22)).toEqual([
    expect.objectContaining({
      check: 'capabilities_restricted',
      reason: 'unrestricted capabilities',
      detail:
        'container "a" must set securityContext.capabilities.drop=["ALL"]; container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add',
    }),
  ])
})

test('Windows pods are exempt from v1.25', () => {
  const template = pod({ os: { name: 'windows' }, containers: [container('a')] })
  expect(runCheck('capabilities_restricted', template, 24)?.reason).toBe('unrestricted capabilities')
  expect(runCheck('capabilities_restricted', template, 25)).toBeNull()
})
