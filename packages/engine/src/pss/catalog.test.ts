import { describe, expect, it } from 'vitest'
import { CHECK_CATALOG } from './catalog'
import { CHECKS } from './registry'

describe('check catalog', () => {
  it('describes every registered check once, in upstream order', () => {
    expect(CHECK_CATALOG.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id))
    expect(new Set(CHECK_CATALOG.map((check) => check.id)).size).toBe(19)
  })

  it('gives the first version, later changes and replaced baseline checks from the variants', () => {
    const byId = new Map(CHECK_CATALOG.map((check) => [check.id, check]))
    expect(byId.get('hostNamespaces')).toEqual({ id: 'hostNamespaces', level: 'baseline', since: 'v1.0', changes: [], replaces: [] })
    expect(byId.get('allowPrivilegeEscalation')).toMatchObject({ since: 'v1.8', changes: [{ version: 'v1.25' }] })
    expect(byId.get('sysctls')?.changes.map((change) => change.version)).toEqual(['v1.27', 'v1.29', 'v1.32', 'v1.37'])
    expect(byId.get('seccompProfile_restricted')?.replaces).toEqual([{ check: 'seccompProfile_baseline', since: 'v1.19' }])
    expect(byId.get('restrictedVolumes')?.replaces).toEqual([{ check: 'hostPathVolumes', since: 'v1.0' }])
  })
})
