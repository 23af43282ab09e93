import { describe, expect, it } from 'vitest'
import { validateContainerSecurityContext, validatePodSecurityContext } from './securityContext'

const at = ['spec', 'containers', 0, 'securityContext']
const container = (context: Record<string, unknown>, hostUsers = true) => validateContainerSecurityContext(context, at, hostUsers).map((f) => f.message)
const pod = (context: Record<string, unknown>) => validatePodSecurityContext(context, ['spec', 'securityContext']).map((f) => f.message)

describe('validateContainerSecurityContext', () => {
  it('accepts a typical restricted container', () => {
    expect(
      container({
        runAsNonRoot: true,
        runAsUser: 1000,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
        seccompProfile: { type: 'RuntimeDefault' },
        appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-nginx' },
        procMount: 'Default',
      }),
    ).toEqual([])
  })

  it('limits user and group IDs to 0..MaxInt32', () => {
    expect(container({ runAsUser: -1, runAsGroup: 2147483648 })).toEqual([
      'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'spec.containers[0].securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
    ])
    expect(container({ runAsUser: 2147483647 })).toEqual([])
  })

  it('checks procMount values and the user-namespace requirement of Unmasked', () => {
    expect(container({ procMount: 'Masked' })).toEqual([
      'spec.containers[0].securityContext.procMount: Unsupported value: "Masked": supported values: "Default", "Unmasked"',
    ])
    expect(container({ procMount: 'Unmasked' })).toEqual([
      'spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`',
    ])
    expect(container({ procMount: 'Unmasked' }, false)).toEqual([])
  })

  it('checks seccomp profiles', () => {
    expect(container({ seccompProfile: {} })).toEqual([
      'spec.containers[0].securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set',
    ])
    expect(container({ seccompProfile: { type: 'Default' } })).toEqual([
      'spec.containers[0].securityContext.seccompProfile.type: Unsupported value: "Default": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
    ])
    expect(container({ seccompProfile: { type: 'Localhost' } })).toEqual([
      'spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
    ])
    expect(container({ seccompProfile: { type: 'Localhost', localhostProfile: '/etc/../x.json' } })).toEqual([
      'spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: "/etc/../x.json": must be a relative path',
      'spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: "/etc/../x.json": must not contain \'..\'',
    ])
    expect(container({ seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'x.json' } })).toEqual([
      'spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: {"Type":"RuntimeDefault","LocalhostProfile":"x.json"}: can only be set when seccomp type is Localhost',
    ])
  })

  it('checks AppArmor profiles', () => {
    expect(container({ appArmorProfile: { type: 'Localhost', localhostProfile: ' p ' } })).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: " p ": must not be padded with whitespace',
    ])
    expect(container({ appArmorProfile: { type: 'Localhost', localhostProfile: '' } })).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost',
    ])
    expect(container({ appArmorProfile: { type: 'Localhost', localhostProfile: 'p'.repeat(4096) } })).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Too long: may not be more than 4095 bytes',
    ])
    expect(container({ appArmorProfile: { type: 'Unconfined', localhostProfile: 'p' } })).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: "p": can only be set when AppArmor type is Localhost',
    ])
    expect(container({ appArmorProfile: {} })).toEqual([
      'spec.containers[0].securityContext.appArmorProfile.type: Required value: type is required when appArmorProfile is set',
    ])
  })

  it('rejects allowPrivilegeEscalation: false with privileged, and with the literal CAP_SYS_ADMIN only', () => {
    expect(container({ allowPrivilegeEscalation: false, privileged: true })).toEqual([
      'spec.containers[0].securityContext: Invalid value: {...}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
    ])
    expect(container({ allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } })).toEqual([
      'spec.containers[0].securityContext: Invalid value: {...}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
    ])
    expect(container({ allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN'] } })).toEqual([])
    expect(container({ allowPrivilegeEscalation: true, privileged: true })).toEqual([])
  })
})

describe('validatePodSecurityContext', () => {
  it('checks IDs, profiles, Windows options and seLinuxChangePolicy in upstream order', () => {
    expect(
      pod({
        seLinuxChangePolicy: 'Sometimes',
        windowsOptions: { runAsUserName: '' },
        seccompProfile: { type: 'Localhost' },
        supplementalGroups: [1, -2],
        runAsUser: -1,
        fsGroup: -3,
      }),
    ).toEqual([
      'spec.securityContext.fsGroup: Invalid value: -3: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.supplementalGroups[1]: Invalid value: -2: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
      'spec.securityContext.windowsOptions.runAsUserName: Invalid value: "": runAsUserName cannot be an empty string',
      'spec.securityContext.seLinuxChangePolicy: Unsupported value: "Sometimes": supported values: "MountOption", "Recursive"',
    ])
  })
})
