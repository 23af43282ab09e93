import { describe, expect, test } from 'vitest'
import { LATEST_MINOR, effectiveMinor, formatLevelVersion, parsePolicyVersion, parseVersionRange, readPolicyVersion } from './version'

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

  // Upstream's api.ParseVersion: versionRegexp `^v1\.([0-9]|[1-9][0-9]*)$`, then strconv.Atoi into Go's 64-bit int.
  test.each([
    ['latest', 'latest'],
    ['v1.0', 0],
    ['v1.9', 9],
    ['v1.9223372036854775807', Number('9223372036854775807')],
    ['v1.9223372036854775808', null],
    ['v1.10000000000000000000', null],
    ['v1.99999999999999999999', null],
    ['v1.00', null],
    ['v1.+5', null],
    ['+v1.5', null],
    ['v1.5\n', null],
    ['v1.5 ', null],
    ['\tv1.5', null],
    ['V1.5', null],
    ['v1.\uff15', null],
    ['v01.5', null],
    ['v1.', null],
  ])('%j reads as upstream reads it: %j', (text, expected) => {
    expect(readPolicyVersion(text)).toBe(expected)
  })

  test("a minor past Go's int is refused with a message that says so, as upstream refuses the label", () => {
    const result = parsePolicyVersion('v1.99999999999999999999')
    expect(result).toEqual({
      ok: false,
      message: 'invalid version "v1.99999999999999999999": the minor is larger than 9223372036854775807, the largest Kubernetes reads',
    })
    // The largest that upstream reads is a future version: evaluated as the newest policy, printed as written.
    expect(parsePolicyVersion('v1.9223372036854775807')).toEqual({ ok: true, version: { label: 'v1.9223372036854775807', minor: LATEST_MINOR } })
  })

  test('--versions ranges read their ends the same way', () => {
    expect(parseVersionRange('v1.20..v1.9223372036854775807')).toEqual({ ok: true, range: { from: 20, to: LATEST_MINOR } })
    expect(parseVersionRange('v1.20..v1.99999999999999999999').ok).toBe(false)
    expect(parseVersionRange('v1.99999999999999999999..latest').ok).toBe(false)
    expect(parseVersionRange('v1.00..latest').ok).toBe(false)
  })

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
