import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

const se = (seLinuxOptions: unknown) => ({ seLinuxOptions })

test('pod and containers, all three problems', () => {
  const spec = {
    securityContext: se({ type: 'foo' }),
    containers: [
      container('d', se({ type: 'container_t', level: 's0:c1' })),
      container('e', se({ type: 'bar' })),
      container('f', se({ user: 'u' })),
      container('g', se({ role: 'r' })),
    ],
  }
  const outcome = runCheck('seLinuxOptions', pod(spec))
  expect(outcome?.reason).toBe('seLinuxOptions')
  expect(outcome?.detail).toBe(
    'pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set',
  )
  expect(outcome?.paths).toEqual([
    ['spec', 'securityContext', 'seLinuxOptions', 'type'],
    ['spec', 'containers', 1, 'securityContext', 'seLinuxOptions', 'type'],
    ['spec', 'containers', 2, 'securityContext', 'seLinuxOptions', 'user'],
    ['spec', 'containers', 3, 'securityContext', 'seLinuxOptions', 'role'],
  ])
})

test('single problems', () => {
  expect(runCheck('seLinuxOptions', pod({ securityContext: se({ type: 'bad' }) }))?.detail).toBe('pod set forbidden securityContext.seLinuxOptions: type "bad"')
  expect(runCheck('seLinuxOptions', pod({ securityContext: se({ role: 'sysadm_r' }) }))?.detail).toBe(
    'pod set forbidden securityContext.seLinuxOptions: role may not be set',
  )
})

test.each(['', 'container_t', 'container_init_t', 'container_kvm_t'])('type %j is allowed at v1.0', (type) => {
  expect(runCheck('seLinuxOptions', pod({ securityContext: se({ type, user: '', role: '', level: 'anything' }) }), 0)).toBeNull()
})

test('container_engine_t is allowed from v1.31', () => {
  const template = pod({ containers: [container('a', se({ type: 'container_engine_t' }))] })
  expect(runCheck('seLinuxOptions', template, 30)?.detail).toBe('container "a" set forbidden securityContext.seLinuxOptions: type "container_engine_t"')
  expect(runCheck('seLinuxOptions', template, 31)).toBeNull()
})
