import { describe, expect, test } from 'vitest'
import { container, evaluateAt, pod, runCheck } from '../../../test/podBuilders'

const unmasked = (hostUsers?: boolean) => pod({ ...(hostUsers === undefined ? {} : { hostUsers }), containers: [container('a', { procMount: 'Unmasked' })] })

describe('procMount', () => {
  test('lists bad containers and sorted unique values', () => {
    const spec = {
      containers: [container('c', { procMount: 'Default' }), container('d', { procMount: 'Unmasked' }), container('e', { procMount: 'other' }), container('f')],
    }
    expect(runCheck('procMount', pod(spec))).toEqual({
      reason: 'procMount',
      detail: 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"',
      paths: [
        ['spec', 'containers', 1, 'securityContext', 'procMount'],
        ['spec', 'containers', 2, 'securityContext', 'procMount'],
      ],
    })
  })

  test('the value is case-sensitive; null passes', () => {
    expect(runCheck('procMount', pod({ containers: [container('a', { procMount: 'default' })] }))?.detail).toBe(
      'container "a" must not set securityContext.procMount to "default"',
    )
    expect(runCheck('procMount', pod({ containers: [container('a', { procMount: null })] }))).toBeNull()
  })

  test('hostUsers: false relaxes the baseline check from v1.35 only', () => {
    expect(runCheck('procMount', unmasked(false), 34)?.reason).toBe('procMount')
    expect(runCheck('procMount', unmasked(false), 35)).toBeNull()
    expect(runCheck('procMount', unmasked(true), 35)?.reason).toBe('procMount')
    expect(runCheck('procMount', unmasked(), 35)?.reason).toBe('procMount')
  })
})

describe('procMount_restricted', () => {
  test('is not active before v1.35', () => {
    expect(runCheck('procMount_restricted', unmasked(false), 34)).toBeNull()
  })

  test('keeps the strict rule in a user namespace and replaces procMount at restricted', () => {
    const failures = evaluateAt('restricted', 35, unmasked(false))
    const procMounts = failures.filter((f) => f.reason === 'procMount')
    expect(procMounts).toEqual([
      {
        check: 'procMount_restricted',
        level: 'restricted',
        reason: 'procMount',
        detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
        paths: [['spec', 'containers', 0, 'securityContext', 'procMount']],
      },
    ])
    expect(evaluateAt('baseline', 35, unmasked(false))).toEqual([])
  })

  test('at restricted v1.34 the baseline procMount still runs', () => {
    expect(evaluateAt('restricted', 34, unmasked(false)).find((f) => f.reason === 'procMount')?.check).toBe('procMount')
  })
})
