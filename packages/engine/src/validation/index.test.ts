import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePodTemplate } from '.'

describe('validatePodTemplate', () => {
  it('puts decoder problems first, then container, pod, hostProcess and OS validation', () => {
    const findings = validatePodTemplate({
      metadata: {},
      spec: {
        os: { name: 'windows' },
        securityContext: { privileged: true, windowsOptions: { runAsUserName: '' } },
        initContainers: [{ securityContext: { runAsUser: -1 } }],
        containers: [{ securityContext: { runAsGroup: -1, windowsOptions: { hostProcess: true } } }],
      },
    })
    expect(findings.map((f) => f.code)).toEqual([
      'misplaced-field',
      'id-range',
      'id-range',
      'runAsUserName',
      'hostProcess',
      'hostProcess',
      'linux-field-on-windows',
      'linux-field-on-windows',
    ])
    // Regular containers are validated before init containers, as ValidatePodSpec does.
    expect(findings[1].path).toEqual(['spec', 'containers', 0, 'securityContext', 'runAsGroup'])
  })

  it('never throws, whatever the input holds', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (securityContext, container, os) => {
        const spec = { securityContext, os, containers: [container, { securityContext: container }], initContainers: container }
        expect(Array.isArray(validatePodTemplate({ metadata: {}, spec }))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
