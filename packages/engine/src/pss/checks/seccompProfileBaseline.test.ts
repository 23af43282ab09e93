import { describe, expect, test } from 'vitest'
import { container, failingIds, pod, runCheck } from '../../../test/podBuilders'

const POD = 'seccomp.security.alpha.kubernetes.io/pod'
const C = 'container.seccomp.security.alpha.kubernetes.io/'

describe('seccompProfile_baseline v1.0–v1.18: annotations', () => {
  const run = (annotations: Record<string, unknown>, names = ['a', 'b'], minor = 18) =>
    runCheck('seccompProfile_baseline', pod({ containers: names.map((n) => container(n)) }, annotations), minor)

  test('one annotation', () => {
    expect(run({ [POD]: 'unconfined' })).toEqual({
      reason: 'seccompProfile',
      detail: `forbidden annotation ${POD}="unconfined"`,
      paths: [['metadata', 'annotations', POD]],
    })
  })

  test('several, sorted and not quoted again; paths in visiting order', () => {
    const outcome = run({ [POD]: 'unconfined', [`${C}b`]: 'unknown', [`${C}a`]: 'unconfined' })
    expect(outcome?.detail).toBe(`forbidden annotations ${C}a="unconfined", ${C}b="unknown", ${POD}="unconfined"`)
    expect(outcome?.paths).toEqual([POD, `${C}a`, `${C}b`].map((key) => ['metadata', 'annotations', key]))
  })

  test('an empty value fails; allowed values pass; other containers are ignored', () => {
    expect(run({ [POD]: '' }, ['a'], 0)?.detail).toBe(`forbidden annotation ${POD}=""`)
    expect(run({ [POD]: 'runtime/default', [`${C}a`]: 'docker/default', [`${C}b`]: 'localhost/x' })).toBeNull()
    expect(run({ [`${C}ghost`]: 'unconfined' })).toBeNull()
  })

  test('ephemeral containers are looked up too', () => {
    const template = pod({ containers: [container('a')], ephemeralContainers: [container('dbg')] }, { [`${C}dbg`]: 'x\x01' })
    expect(runCheck('seccompProfile_baseline', template, 10)?.detail).toBe(`forbidden annotation ${C}dbg="x\\x01"`)
  })
})

describe('seccompProfile_baseline v1.19+: fields', () => {
  test('pod and containers', () => {
    const spec = {
      securityContext: { seccompProfile: { type: 'Unconfined' } },
      containers: [
        container('b', { seccompProfile: { type: 'RuntimeDefault' } }),
        container('c', { seccompProfile: { type: 'Unconfined' } }),
        container('d', { seccompProfile: { type: 'Unconfined' } }),
      ],
    }
    expect(runCheck('seccompProfile_baseline', pod(spec), 19)).toEqual({
      reason: 'seccompProfile',
      detail: 'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"',
      paths: [
        ['spec', 'securityContext', 'seccompProfile', 'type'],
        ['spec', 'containers', 1, 'securityContext', 'seccompProfile', 'type'],
        ['spec', 'containers', 2, 'securityContext', 'seccompProfile', 'type'],
      ],
    })
  })

  test('annotations are ignored and absent profiles are fine', () => {
    expect(runCheck('seccompProfile_baseline', pod({ containers: [container('a')] }, { [POD]: 'unconfined' }), 19)).toBeNull()
  })

  test('the restricted level runs it only until v1.18', () => {
    const template = pod({ containers: [container('a')] }, { [POD]: 'unconfined' })
    expect(failingIds('restricted', 18, template)).toContain('seccompProfile_baseline')
    const fields = pod({ securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [container('a')] })
    expect(failingIds('restricted', 19, fields)).toContain('seccompProfile_restricted')
    expect(failingIds('restricted', 19, fields)).not.toContain('seccompProfile_baseline')
  })
})
