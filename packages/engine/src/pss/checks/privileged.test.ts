import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

test('lists privileged containers in visiting order', () => {
  const spec = {
    initContainers: [container('d', { privileged: true })],
    containers: [container('a', { privileged: false }), container('b', { privileged: null }), container('c')],
    ephemeralContainers: [container('e', { privileged: true })],
  }
  expect(runCheck('privileged', pod(spec))).toEqual({
    reason: 'privileged',
    detail: 'containers "d", "e" must not set securityContext.privileged=true',
    paths: [
      ['spec', 'initContainers', 0, 'securityContext', 'privileged'],
      ['spec', 'ephemeralContainers', 0, 'securityContext', 'privileged'],
    ],
  })
})

test('only a boolean true fails', () => {
  expect(runCheck('privileged', pod({ containers: [container('a', { privileged: 'true' })] }))).toBeNull()
})
