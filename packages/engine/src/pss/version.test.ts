import { describe, expect, test } from 'vitest'
import { LATEST_MINOR, effectiveMinor, formatLevelVersion, parsePolicyVersion } from './version'

describe('parsePolicyVersion', () => {
  test('latest evaluates as the newest known policy', () => {
    expect(parsePolicyVersion('latest')).toEqual({ ok: true, version: { label: 'latest', minor: 37 } })
    expect(LATEST_MINOR).toBe(37)
  })

  test.each([
    ['v1.0', 0],
    ['v1.8', 8],
    ['v1.25', 25],
    ['v1.37', 37],
  ])('%s is minor %i', (text, minor) => {
    expect(parsePolicyVersion(text)).toEqual({ ok: true, version: { label: text, minor } })
  })

  test('a future version evaluates as v1.37 but keeps its label', () => {
    expect(parsePolicyVersion('v1.99')).toEqual({ ok: true, version: { label: 'v1.99', minor: 37 } })
    expect(parsePolicyVersion('v1.38')).toEqual({ ok: true, version: { label: 'v1.38', minor: 37 } })
  })

  test.each(['v1.05', '1.5', 'v2.0', 'v1.x', 'v1.', 'v1', 'Latest', 'latest ', ' v1.2', 'v1.-1', 'v1.1e3', ''])(
    'rejects %j with a message naming the accepted forms',
    (text) => {
      const result = parsePolicyVersion(text)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/"latest" or "v1\.<minor>"/)
    },
  )

  test('never throws on a non-string at runtime', () => {
    expect(parsePolicyVersion(7 as unknown as string).ok).toBe(false)
  })
})

test('formatLevelVersion prints level:label', () => {
  expect(formatLevelVersion('restricted', { label: 'latest', minor: 37 })).toBe('restricted:latest')
  expect(formatLevelVersion('baseline', { label: 'v1.99', minor: 37 })).toBe('baseline:v1.99')
})

test('effectiveMinor clamps to the newest policy and reads a malformed minor as latest', () => {
  const at = (minor: number) => effectiveMinor({ label: 'x', minor })
  expect([0, 25, 37, 99].map(at)).toEqual([0, 25, 37, 37])
  expect([Number.NaN, -1, 1.5, Infinity].map(at)).toEqual([37, 37, 37, 37])
})
