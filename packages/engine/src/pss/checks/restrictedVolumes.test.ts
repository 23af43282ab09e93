import { expect, test } from 'vitest'
import { applyApiDefaults } from '../defaults'
import { ALLOWED_VOLUME_SOURCES, RESTRICTED_VOLUME_SOURCES } from '../volumes'
import { pod, runCheck } from '../../../test/podBuilders'

const run = (volumes: unknown[]) => runCheck('restrictedVolumes', pod({ volumes }))

test('one volume', () => {
  expect(
    run([
      { name: 'ok', configMap: { name: 'c' } },
      { name: 'v', nfs: { server: 's', path: '/' } },
    ]),
  ).toEqual({
    reason: 'restricted volume types',
    detail: 'volume "v" uses restricted volume type "nfs"',
    paths: [['spec', 'volumes', 1, 'nfs']],
  })
})

test('several volumes, types sorted unique, unknown for no source', () => {
  const outcome = run([{ name: 'b1', hostPath: { path: '/' } }, { name: 'c1' }, { name: 'd1', hostPath: {} }])
  expect(outcome?.detail).toBe('volumes "b1", "c1", "d1" use restricted volume types "hostPath", "unknown"')
  expect(outcome?.paths).toEqual([
    ['spec', 'volumes', 0, 'hostPath'],
    ['spec', 'volumes', 1],
    ['spec', 'volumes', 2, 'hostPath'],
  ])
})

test('the type label is the first set source in upstream order', () => {
  expect(run([{ name: 'v', nfs: {}, hostPath: {} }])?.detail).toBe('volume "v" uses restricted volume type "hostPath"')
})

test.each(ALLOWED_VOLUME_SOURCES)('%s is allowed, even beside a restricted source', (source) => {
  expect(run([{ name: 'v', [source]: {} }])).toBeNull()
  expect(run([{ name: 'v', [source]: {}, hostPath: {} }])).toBeNull()
})

test.each(RESTRICTED_VOLUME_SOURCES)('%s is restricted', (source) => {
  expect(run([{ name: 'v', [source]: {} }])?.detail).toBe(`volume "v" uses restricted volume type "${source}"`)
})

test('a volume with no source is an emptyDir once defaulted', () => {
  const template = applyApiDefaults(pod({ volumes: [{ name: 'volume0' }, { name: 'x', bogusSource: {} }] }), { isPod: false })
  expect(runCheck('restrictedVolumes', template)).toBeNull()
})
