import { expect, test } from 'vitest'
import { container, failingIds, hardened, pod, runCheck } from '../../../test/podBuilders'

const run = (spec: Record<string, unknown>, minor?: number) => runCheck('seccompProfile_restricted', pod(spec), minor)
const profile = (type: unknown) => ({ seccompProfile: { type } })

test('implicit: containers without a profile and no valid pod profile', () => {
  expect(run({ containers: [container('a')] })).toEqual({
    reason: 'seccompProfile',
    detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    paths: [['spec', 'containers', 0, 'securityContext', 'seccompProfile']],
  })
})

test('a valid pod profile covers containers', () => {
  expect(run({ securityContext: profile('Localhost'), containers: [container('a'), container('b', profile('RuntimeDefault'))] })).toBeNull()
})

test('explicit bad setters win over implicit ones', () => {
  const spec = { containers: [container('a'), container('c', profile('Unconfined')), container('d', profile('Unconfined'))] }
  expect(run(spec)).toEqual({
    reason: 'seccompProfile',
    detail: 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
    paths: [1, 2].map((i) => ['spec', 'containers', i, 'securityContext', 'seccompProfile', 'type']),
  })
})

test('an invalid pod profile always fails and covers nothing', () => {
  const spec = { securityContext: profile('Unconfined'), containers: [container('a', profile('RuntimeDefault')), container('b', profile('bogus'))] }
  expect(run(spec)?.detail).toBe('pod and container "b" must not set securityContext.seccompProfile.type to "Unconfined", "bogus"')
})

test('absent at restricted v1.18, present at v1.19', () => {
  const template = pod({ securityContext: { runAsNonRoot: true }, containers: [hardened('a')] })
  expect(failingIds('restricted', 18, template)).toEqual([])
  expect(failingIds('restricted', 19, template)).toEqual(['seccompProfile_restricted'])
})

test('Windows pods are exempt from v1.25', () => {
  const template = pod({ os: { name: 'windows' }, containers: [container('a', profile('Unconfined'))] })
  expect(runCheck('seccompProfile_restricted', template, 24)?.reason).toBe('seccompProfile')
  expect(runCheck('seccompProfile_restricted', template, 25)).toBeNull()
})
