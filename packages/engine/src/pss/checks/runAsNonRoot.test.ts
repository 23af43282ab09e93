import { expect, test } from 'vitest'
import { container, failingIds, pod, runCheck } from '../../../test/podBuilders'

const run = (spec: Record<string, unknown>, minor?: number) => runCheck('runAsNonRoot', pod(spec), minor)
const nonRoot = (runAsNonRoot: unknown) => ({ runAsNonRoot })

test('implicit: containers without a value and no pod-level true', () => {
  expect(run({ containers: [container('a')] })).toEqual({
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
    paths: [['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']],
  })
  expect(run({ containers: [container('a'), container('b', nonRoot(null)), container('ok', nonRoot(true))] })?.detail).toBe(
    'pod or containers "a", "b" must set securityContext.runAsNonRoot=true',
  )
})

test('a pod-level true covers containers that set nothing', () => {
  expect(run({ securityContext: nonRoot(true), containers: [container('a'), container('b', {})] })).toBeNull()
})

test('a pod-level false fails even when every container sets true', () => {
  expect(run({ securityContext: nonRoot(false), containers: [container('a', nonRoot(true))] })).toEqual({
    reason: 'runAsNonRoot != true',
    detail: 'pod must not set securityContext.runAsNonRoot=false',
    paths: [['spec', 'securityContext', 'runAsNonRoot']],
  })
})

test('explicit beats implicit: implicitly bad containers are left out', () => {
  const outcome = run({ containers: [container('a'), container('c', nonRoot(false)), container('d', nonRoot(false))] })
  expect(outcome?.detail).toBe('containers "c", "d" must not set securityContext.runAsNonRoot=false')
  expect(outcome?.paths).toEqual([1, 2].map((i) => ['spec', 'containers', i, 'securityContext', 'runAsNonRoot']))
  expect(run({ securityContext: nonRoot(false), containers: [container('a'), container('b', nonRoot(false))] })?.detail).toBe(
    'pod and container "b" must not set securityContext.runAsNonRoot=false',
  )
})

test('hostUsers: false passes from v1.35 only', () => {
  const spec = { hostUsers: false, containers: [container('a')] }
  expect(run(spec, 34)?.reason).toBe('runAsNonRoot != true')
  expect(run(spec, 35)).toBeNull()
  expect(run({ ...spec, hostUsers: true }, 35)?.reason).toBe('runAsNonRoot != true')
})

test('Windows pods are not exempt', () => {
  expect(failingIds('restricted', 37, pod({ os: { name: 'windows' }, containers: [container('a')] }))).toEqual(['runAsNonRoot'])
})
