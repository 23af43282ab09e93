import { describe, expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

const KEY = 'container.apparmor.security.beta.kubernetes.io/'
const run = (spec: Record<string, unknown>, annotations?: Record<string, unknown>, minor?: number) => runCheck('appArmorProfile', pod(spec, annotations), minor)

describe('appArmorProfile', () => {
  test('a pod-level Unconfined profile', () => {
    expect(run({ securityContext: { appArmorProfile: { type: 'Unconfined' } }, containers: [container('a')] })).toEqual({
      reason: 'forbidden AppArmor profile',
      detail: 'pod must not set AppArmor profile type to "Unconfined"',
      paths: [['spec', 'securityContext', 'appArmorProfile', 'type']],
    })
  })

  test('a container-level profile, in every container kind', () => {
    const spec = {
      initContainers: [container('i', { appArmorProfile: { type: 'Unconfined' } })],
      containers: [container('foo', { appArmorProfile: { type: 'RuntimeDefault' } })],
      ephemeralContainers: [container('e', { appArmorProfile: { type: 'Bogus' } })],
    }
    expect(run(spec)).toEqual({
      reason: 'forbidden AppArmor profiles',
      detail: 'containers "i", "e" must not set AppArmor profile type to "Bogus", "Unconfined"',
      paths: [
        ['spec', 'initContainers', 0, 'securityContext', 'appArmorProfile', 'type'],
        ['spec', 'ephemeralContainers', 0, 'securityContext', 'appArmorProfile', 'type'],
      ],
    })
  })

  test('the reason counts values, not setters', () => {
    const bad = { appArmorProfile: { type: 'Unconfined' } }
    expect(run({ containers: [container('a', bad), container('b', bad)] })).toMatchObject({
      reason: 'forbidden AppArmor profile',
      detail: 'containers "a", "b" must not set AppArmor profile type to "Unconfined"',
    })
  })

  test('every prefixed annotation counts, sorted, quoted twice', () => {
    const annotations = {
      [`${KEY}f`]: 'unknown',
      [`${KEY}e`]: 'unconfined',
      [KEY]: 'bogus',
      [`${KEY}a`]: 'runtime/default',
      [`${KEY}b`]: 'localhost/custom',
      [`${KEY}c`]: '',
      'other/annotation': 'unconfined',
    }
    const outcome = run({ containers: [container('a')] }, annotations)
    expect(outcome?.reason).toBe('forbidden AppArmor profiles')
    expect(outcome?.detail).toBe(`annotations must not set AppArmor profile type to "${KEY}="bogus"", "${KEY}e="unconfined"", "${KEY}f="unknown""`)
    expect(outcome?.paths).toEqual([KEY, `${KEY}e`, `${KEY}f`].map((k) => ['metadata', 'annotations', k]))
  })

  test('pod, container and annotation together', () => {
    const spec = {
      securityContext: { appArmorProfile: { type: 'Unconfined' } },
      containers: [container('c', { appArmorProfile: { type: 'Unconfined' } })],
    }
    expect(run(spec, { [`${KEY}c`]: 'unconfined' })).toMatchObject({
      reason: 'forbidden AppArmor profiles',
      detail: `pod and container "c" and annotation must not set AppArmor profile type to "Unconfined", "${KEY}c="unconfined""`,
    })
  })

  test('annotation values are quoted the Go %q way', () => {
    expect(run({ containers: [] }, { [`${KEY}x`]: 'un\x01"q"' })?.detail).toBe(`annotation must not set AppArmor profile type to "${KEY}x="un\\x01\\"q\\"""`)
  })

  test('an empty type on a present object fails; case matters for annotations', () => {
    expect(run({ containers: [container('a', { appArmorProfile: {} })] })?.detail).toBe('container "a" must not set AppArmor profile type to ""')
    expect(run({ containers: [] }, { [`${KEY}a`]: 'Localhost/x' })?.reason).toBe('forbidden AppArmor profile')
  })

  test.each([
    [{ appArmorProfile: { type: 'RuntimeDefault' } }],
    [{ appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } }],
    [{ appArmorProfile: null }],
    [{}],
  ])('allows %j', (securityContext) => {
    expect(run({ securityContext, containers: [container('a', securityContext)] })).toBeNull()
  })

  test('the field rule was retrofitted to v1.0', () => {
    expect(run({ securityContext: { appArmorProfile: { type: 'Unconfined' } } }, undefined, 0)?.reason).toBe('forbidden AppArmor profile')
  })
})
