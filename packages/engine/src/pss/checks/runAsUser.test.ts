import { expect, test } from 'vitest'
import { container, failingIds, pod, RESTRICTED_POD_CONTEXT, hardened, runCheck } from '../../../test/podBuilders'

const run = (spec: Record<string, unknown>, minor?: number) => runCheck('runAsUser', pod(spec), minor)

test('pod-level 0 fails even when containers override it', () => {
  expect(run({ securityContext: { runAsUser: 0 }, containers: [container('a', { runAsUser: 1000 })] })).toEqual({
    reason: 'runAsUser=0',
    detail: 'pod must not set runAsUser=0',
    paths: [['spec', 'securityContext', 'runAsUser']],
  })
})

test('containers, and pod with containers', () => {
  const containers = [container('b', { runAsUser: 1 }), container('c', { runAsUser: 0 }), container('d', { runAsUser: 0 })]
  expect(run({ containers })?.detail).toBe('containers "c", "d" must not set runAsUser=0')
  expect(run({ securityContext: { runAsUser: 0 }, containers })?.detail).toBe('pod and containers "c", "d" must not set runAsUser=0')
})

test('unset, null and non-zero pass', () => {
  expect(run({ securityContext: { runAsUser: null }, containers: [container('a'), container('b', { runAsUser: 1000 })] })).toBeNull()
})

test('absent at v1.22, present at v1.23', () => {
  const template = pod({ securityContext: { ...RESTRICTED_POD_CONTEXT, runAsUser: 0 }, containers: [hardened('a')] })
  expect(failingIds('restricted', 22, template)).toEqual([])
  expect(failingIds('restricted', 23, template)).toEqual(['runAsUser'])
})

test('hostUsers: false passes from v1.35 only', () => {
  const spec = { hostUsers: false, securityContext: { runAsUser: 0 } }
  expect(run(spec, 34)?.reason).toBe('runAsUser=0')
  expect(run(spec, 35)).toBeNull()
})
