import { describe, expect, test } from 'vitest'
import { CHECKS, activeVariant, checksFor, newestVariantVersion } from './registry'
import { LATEST_MINOR } from './version'

const ids = (level: 'baseline' | 'restricted', minor: number) => checksFor(level, minor).map((a) => a.check.id)

const UPSTREAM_ORDER = [
  'appArmorProfile',
  'capabilities_baseline',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'procMount_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
]

describe('registry', () => {
  test('holds the 19 upstream checks in upstream order', () => {
    expect(CHECKS.map((c) => c.id)).toEqual(UPSTREAM_ORDER)
  })

  test('variants strictly increase; overrides only go from restricted to baseline', () => {
    const baselineIds = new Set(CHECKS.filter((c) => c.level === 'baseline').map((c) => c.id))
    for (const check of CHECKS) {
      const versions = check.variants.map((v) => v.minVersion)
      expect(versions).toEqual([...versions].sort((a, b) => a - b))
      expect(new Set(versions).size).toBe(versions.length)
      for (const variant of check.variants) {
        if (check.level === 'baseline') expect(variant.overrides).toBeUndefined()
        for (const id of variant.overrides ?? []) expect(baselineIds.has(id)).toBe(true)
      }
    }
  })

  test('latest is the newest variant version', () => {
    expect(newestVariantVersion()).toBe(LATEST_MINOR)
  })

  test('variant minimum versions match upstream', () => {
    const table = Object.fromEntries(CHECKS.map((c) => [c.id, c.variants.map((v) => v.minVersion)]))
    expect(table).toEqual({
      appArmorProfile: [0],
      capabilities_baseline: [0],
      hostNamespaces: [0],
      hostPathVolumes: [0],
      hostPorts: [0],
      hostProbesAndHostLifecycle: [34],
      privileged: [0],
      procMount: [0, 35],
      seLinuxOptions: [0, 31],
      seccompProfile_baseline: [0, 19],
      sysctls: [0, 27, 29, 32, 37],
      windowsHostProcess: [0],
      allowPrivilegeEscalation: [8, 25],
      capabilities_restricted: [22, 25],
      procMount_restricted: [35],
      restrictedVolumes: [0],
      runAsNonRoot: [0, 35],
      runAsUser: [23, 35],
      seccompProfile_restricted: [19, 25],
    })
  })

  test('activeVariant picks the last variant not newer than the minor', () => {
    const sysctls = CHECKS.find((c) => c.id === 'sysctls')!
    expect([0, 26, 27, 31, 32, 36, 37].map((m) => activeVariant(sysctls, m)?.minVersion)).toEqual([0, 0, 27, 29, 32, 32, 37])
    expect(
      activeVariant(
        CHECKS.find((c) => c.id === 'runAsUser')!,
        22,
      ),
    ).toBeUndefined()
  })
})

describe('checksFor', () => {
  const BASELINE_0_33 = UPSTREAM_ORDER.slice(0, 12).filter((id) => id !== 'hostProbesAndHostLifecycle')

  test('baseline gains hostProbesAndHostLifecycle at v1.34', () => {
    expect(ids('baseline', 0)).toEqual(BASELINE_0_33)
    expect(ids('baseline', 33)).toEqual(BASELINE_0_33)
    expect(ids('baseline', 34)).toEqual(UPSTREAM_ORDER.slice(0, 12))
  })

  test.each([
    [0, ['hostPathVolumes'], ['restrictedVolumes', 'runAsNonRoot']],
    [7, ['hostPathVolumes'], ['restrictedVolumes', 'runAsNonRoot']],
    [8, ['hostPathVolumes'], ['allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot']],
    [18, ['hostPathVolumes'], ['allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot']],
    [19, ['hostPathVolumes', 'seccompProfile_baseline'], ['allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted']],
    [21, ['hostPathVolumes', 'seccompProfile_baseline'], ['allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted']],
    [
      22,
      ['capabilities_baseline', 'hostPathVolumes', 'seccompProfile_baseline'],
      ['allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted'],
    ],
    [
      23,
      ['capabilities_baseline', 'hostPathVolumes', 'seccompProfile_baseline'],
      ['allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted'],
    ],
    [
      34,
      ['capabilities_baseline', 'hostPathVolumes', 'seccompProfile_baseline'],
      ['allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted'],
    ],
    [35, ['capabilities_baseline', 'hostPathVolumes', 'procMount', 'seccompProfile_baseline'], UPSTREAM_ORDER.slice(12)],
    [37, ['capabilities_baseline', 'hostPathVolumes', 'procMount', 'seccompProfile_baseline'], UPSTREAM_ORDER.slice(12)],
  ])('restricted v1.%i drops %j and adds %j', (minor, overridden, restrictedIds) => {
    const baseline = ids('baseline', minor).filter((id) => !overridden.includes(id))
    expect(ids('restricted', minor)).toEqual([...baseline, ...restrictedIds])
  })

  test('versions past the newest evaluate as the newest', () => {
    expect(ids('restricted', 99)).toEqual(ids('restricted', 37))
  })
})
