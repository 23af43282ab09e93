import { describe, expect, test } from 'vitest'
import { applyApiDefaults, cloneData } from './defaults'
import { container, pod } from '../../test/podBuilders'

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

describe('applyApiDefaults: volumes', () => {
  test('a volume with no recognised source becomes an emptyDir', () => {
    const input = deepFreeze(
      pod({ volumes: [{ name: 'a' }, { name: 'b', unknownSource: { x: 1 } }, { name: 'c', hostPath: null }, { name: 'd', nfs: 'oops' }] }),
    )
    const out = applyApiDefaults(input, { isPod: false })
    expect(out.spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', unknownSource: { x: 1 }, emptyDir: {} },
      { name: 'c', hostPath: null, emptyDir: {} },
      { name: 'd', nfs: 'oops', emptyDir: {} },
    ])
  })

  test('volumes with a source are left alone', () => {
    const volumes = [
      { name: 'a', hostPath: { path: '/' } },
      { name: 'b', secret: {} },
      { name: 'c', image: { reference: 'r' } },
    ]
    expect(applyApiDefaults(pod({ volumes }), { isPod: true }).spec.volumes).toEqual(volumes)
  })
})

describe('applyApiDefaults: hostNetwork ports', () => {
  const spec = () => ({
    hostNetwork: true,
    initContainers: [{ name: 'i', ports: [{ containerPort: 1 }] }],
    containers: [
      {
        name: 'c',
        ports: [
          { containerPort: 2, hostPort: 0 },
          { containerPort: 3, hostPort: 30 },
          { containerPort: 4, hostPort: null },
        ],
      },
    ],
    ephemeralContainers: [{ name: 'e', ports: [{ containerPort: 5 }, { name: 'noport' }] }],
  })

  test('Pods get hostPort = containerPort on every container kind', () => {
    const out = applyApiDefaults(deepFreeze(pod(spec())), { isPod: true }).spec
    expect(out.initContainers).toEqual([{ name: 'i', ports: [{ containerPort: 1, hostPort: 1 }] }])
    expect(out.containers).toEqual([
      {
        name: 'c',
        ports: [
          { containerPort: 2, hostPort: 2 },
          { containerPort: 3, hostPort: 30 },
          { containerPort: 4, hostPort: 4 },
        ],
      },
    ])
    expect(out.ephemeralContainers).toEqual([{ name: 'e', ports: [{ containerPort: 5, hostPort: 5 }, { name: 'noport' }] }])
  })

  test('pod templates and pods without hostNetwork are not touched', () => {
    expect(applyApiDefaults(pod(spec()), { isPod: false }).spec).toEqual(spec())
    expect(applyApiDefaults(pod({ ...spec(), hostNetwork: 'true' }), { isPod: true }).spec).toEqual({ ...spec(), hostNetwork: 'true' })
  })
})

describe('applyApiDefaults: copying', () => {
  test('returns a copy and never mutates the input', () => {
    const input = pod({ volumes: [{ name: 'a' }], containers: [{ name: 'c' }] }, { k: 'v' })
    const snapshot = JSON.stringify(input)
    const out = applyApiDefaults(input, { isPod: true })
    expect(JSON.stringify(input)).toBe(snapshot)
    expect(out.spec).not.toBe(input.spec)
    expect(out.spec.containers).not.toBe(input.spec.containers)
    expect(out.metadata).toEqual(input.metadata)
  })

  test('returns the template itself when nothing is defaulted, as the checks only read it', () => {
    const input = deepFreeze(
      pod({ hostNetwork: true, volumes: [{ name: 'a', secret: {} }], containers: [{ name: 'c', ports: [{ containerPort: 80, hostPort: 80 }] }] }),
    )
    const out = applyApiDefaults(input, { isPod: true })
    expect(out.spec).toBe(input.spec)
    expect(out.metadata).toBe(input.metadata)
    expect(applyApiDefaults(pod({ containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] }), { isPod: false }).spec.containers).toEqual([
      { name: 'c', ports: [{ containerPort: 80 }] },
    ])
  })

  test('keeps __proto__ keys as own data and touches no prototype', () => {
    const spec = JSON.parse('{"__proto__": {"hostPID": true}, "volumes": [{"name": "a", "__proto__": {"hostPath": {}}}]}')
    const out = applyApiDefaults({ metadata: {}, spec }, { isPod: true })
    expect(Object.keys(out.spec)).toEqual(['__proto__', 'volumes'])
    expect(Object.getPrototypeOf(out.spec)).toBe(Object.prototype)
    expect((out.spec.volumes as Record<string, unknown>[])[0]?.emptyDir).toEqual({})
    expect(({} as Record<string, unknown>).hostPID).toBeUndefined()
  })

  test('survives cycles and wrongly typed parts', () => {
    const cyclic: unknown[] = []
    cyclic.push(cyclic)
    const copy = cloneData(cyclic)
    expect(copy[0]).toBe(copy)
    expect(applyApiDefaults({ metadata: 'x', spec: { volumes: 'nope', containers: [null, 3] } } as never, { isPod: true })).toEqual({
      metadata: {},
      spec: { volumes: 'nope', containers: [null, 3] },
    })
    expect(applyApiDefaults({} as never, { isPod: true })).toEqual({ metadata: {}, spec: {} })
  })

  test('copies input nested deeper than the call stack', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 200_000; i++) deep = [deep]
    const out = applyApiDefaults(pod({ volumes: [{ name: 'v' }], containers: [container('a', { deep })] }), { isPod: true })
    let depth = 0
    let cursor = ((out.spec.containers as Record<string, unknown>[])[0]?.securityContext as Record<string, unknown>).deep
    while (Array.isArray(cursor)) [cursor, depth] = [cursor[0], depth + 1]
    expect([depth, cursor]).toEqual([200_000, 'leaf'])
  })

  test('keeps shared references shared', () => {
    const shared = { drop: ['ALL'] }
    const containers = [container('a', { capabilities: shared }), container('b', { capabilities: shared })]
    const out = applyApiDefaults(pod({ volumes: [{ name: 'v' }], containers }), { isPod: true })
    const [a, b] = out.spec.containers as { securityContext: { capabilities: unknown } }[]
    expect(a?.securityContext.capabilities).toBe(b?.securityContext.capabilities)
    expect(a?.securityContext.capabilities).not.toBe(shared)
  })
})
