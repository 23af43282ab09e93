import { expect, test } from 'vitest'
import { failingIds, pod, runCheck } from '../../../test/podBuilders'

test('lists hostPath volumes in spec order', () => {
  const volumes = [
    { name: 'a', hostPath: { path: '/' } },
    { name: 'ok', emptyDir: {} },
    { name: 'b', hostPath: {} },
  ]
  expect(runCheck('hostPathVolumes', pod({ volumes }))).toEqual({
    reason: 'hostPath volumes',
    detail: 'volumes "a", "b"',
    paths: [
      ['spec', 'volumes', 0, 'hostPath'],
      ['spec', 'volumes', 2, 'hostPath'],
    ],
  })
  expect(runCheck('hostPathVolumes', pod({ volumes: [volumes[0]] }))?.detail).toBe('volume "a"')
})

test('a null hostPath is unset', () => {
  expect(runCheck('hostPathVolumes', pod({ volumes: [{ name: 'a', hostPath: null }] }))).toBeNull()
})

test('restricted reports hostPath as a restricted volume type at every version', () => {
  const template = pod({ volumes: [{ name: 'a', hostPath: { path: '/' } }] })
  expect(failingIds('baseline', 0, template)).toEqual(['hostPathVolumes'])
  for (const minor of [0, 22, 37]) expect(failingIds('restricted', minor, template)).toContain('restrictedVolumes')
  for (const minor of [0, 22, 37]) expect(failingIds('restricted', minor, template)).not.toContain('hostPathVolumes')
})
