import { expect, test } from 'vitest'
import { container, failingIds, pod, runCheck } from '../../../test/podBuilders'

test('unset context, unset or null field, and true all fail', () => {
  const spec = {
    containers: [
      container('a'),
      container('b', { allowPrivilegeEscalation: null }),
      container('c', { allowPrivilegeEscalation: true }),
      container('ok', { allowPrivilegeEscalation: false }),
    ],
  }
  expect(runCheck('allowPrivilegeEscalation', pod(spec))).toEqual({
    reason: 'allowPrivilegeEscalation != false',
    detail: 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false',
    paths: [0, 1, 2].map((i) => ['spec', 'containers', i, 'securityContext', 'allowPrivilegeEscalation']),
  })
})

test('ephemeral containers are checked', () => {
  const spec = { containers: [container('a', { allowPrivilegeEscalation: false })], ephemeralContainers: [container('debugger')] }
  expect(runCheck('allowPrivilegeEscalation', pod(spec))?.detail).toBe('container "debugger" must set securityContext.allowPrivilegeEscalation=false')
})

test('not evaluated before v1.8', () => {
  const template = pod({ securityContext: { runAsNonRoot: true }, containers: [container('a')] })
  expect(failingIds('restricted', 7, template)).toEqual([])
  expect(failingIds('restricted', 8, template)).toEqual(['allowPrivilegeEscalation'])
})

test('Windows pods are exempt from v1.25', () => {
  const template = pod({ os: { name: 'windows' }, containers: [container('a')] })
  expect(runCheck('allowPrivilegeEscalation', template, 24)?.reason).toBe('allowPrivilegeEscalation != false')
  expect(runCheck('allowPrivilegeEscalation', template, 25)).toBeNull()
  expect(runCheck('allowPrivilegeEscalation', pod({ os: { name: 'Windows' }, containers: [container('a')] }), 25)).not.toBeNull()
})
