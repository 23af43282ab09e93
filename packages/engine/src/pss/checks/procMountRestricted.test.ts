import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

test('reports like procMount, ignoring hostUsers', () => {
  const template = pod({ hostUsers: false, ephemeralContainers: [container('dbg', { procMount: 'Unmasked' })] })
  expect(runCheck('procMount_restricted', template, 35)).toEqual({
    reason: 'procMount',
    detail: 'container "dbg" must not set securityContext.procMount to "Unmasked"',
    paths: [['spec', 'ephemeralContainers', 0, 'securityContext', 'procMount']],
  })
})
