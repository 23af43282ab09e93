import { describe, expect, it } from 'vitest'
import { validateOS } from './os'

const messages = (spec: Record<string, unknown>) => validateOS(spec).map((f) => f.message)

describe('validateOS', () => {
  it('says nothing when spec.os is unset', () => {
    expect(messages({ hostPID: true, securityContext: { runAsUser: 0, windowsOptions: {} }, containers: [{}] })).toEqual([])
  })

  it('requires a name', () => {
    expect(messages({ os: {} })).toEqual(['spec.os.name: Required value: cannot be empty'])
    expect(messages({ os: { name: '' } })).toEqual(['spec.os.name: Required value: cannot be empty'])
  })

  it('rejects other names on spec.os, case-sensitively', () => {
    expect(messages({ os: { name: 'Windows' } })).toEqual(['spec.os: Unsupported value: "Windows": supported values: "linux", "windows"'])
  })

  it('forbids windowsOptions anywhere on a linux pod, even empty', () => {
    const spec = {
      os: { name: 'linux' },
      securityContext: { windowsOptions: {} },
      initContainers: [{ securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } } }],
      containers: [{ securityContext: { runAsUser: 1000 } }],
      ephemeralContainers: [{ securityContext: { windowsOptions: { hostProcess: false } } }],
    }
    expect(messages(spec)).toEqual([
      'spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
      'spec.initContainers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
      'spec.ephemeralContainers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
    ])
  })

  it('forbids every Linux-only pod field that is set on a windows pod, in upstream order', () => {
    const spec = {
      os: { name: 'windows' },
      hostPID: true,
      hostIPC: true,
      hostUsers: true,
      shareProcessNamespace: false,
      securityContext: {
        appArmorProfile: { type: 'RuntimeDefault' },
        seLinuxOptions: {},
        seccompProfile: { type: 'RuntimeDefault' },
        fsGroup: 0,
        fsGroupChangePolicy: 'Always',
        sysctls: [{ name: 'a', value: 'b' }],
        runAsUser: 0,
        runAsGroup: 0,
        supplementalGroups: [],
        supplementalGroupsPolicy: 'Merge',
        seLinuxChangePolicy: 'Recursive',
        runAsNonRoot: true,
        windowsOptions: { runAsUserName: 'ContainerUser' },
      },
    }
    const forbidden = (path: string) => `${path}: Forbidden: cannot be set for a windows pod`
    expect(messages(spec)).toEqual(
      [
        'spec.securityContext.appArmorProfile',
        'spec.securityContext.seLinuxOptions',
        'spec.hostUsers',
        'spec.hostPID',
        'spec.hostIPC',
        'spec.securityContext.seccompProfile',
        'spec.securityContext.fsGroup',
        'spec.securityContext.fsGroupChangePolicy',
        'spec.securityContext.sysctls',
        'spec.shareProcessNamespace',
        'spec.securityContext.runAsUser',
        'spec.securityContext.runAsGroup',
        'spec.securityContext.supplementalGroups',
        'spec.securityContext.supplementalGroupsPolicy',
        'spec.securityContext.seLinuxChangePolicy',
      ].map(forbidden),
    )
  })

  it('treats false as set for pointer fields, but not for hostPID, hostIPC or an empty sysctls list', () => {
    const spec = {
      os: { name: 'windows' },
      hostPID: false,
      hostIPC: false,
      securityContext: { sysctls: [] },
      containers: [{ securityContext: { privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: false } }],
    }
    expect(messages(spec)).toEqual([
      'spec.containers[0].securityContext.readOnlyRootFilesystem: Forbidden: cannot be set for a windows pod',
      'spec.containers[0].securityContext.privileged: Forbidden: cannot be set for a windows pod',
      'spec.containers[0].securityContext.allowPrivilegeEscalation: Forbidden: cannot be set for a windows pod',
    ])
  })

  it('forbids every Linux-only container field, in every kind of container', () => {
    const context = {
      appArmorProfile: {},
      seLinuxOptions: {},
      seccompProfile: {},
      capabilities: {},
      readOnlyRootFilesystem: true,
      privileged: true,
      allowPrivilegeEscalation: true,
      procMount: 'Default',
      runAsUser: 1,
      runAsGroup: 1,
      runAsNonRoot: true,
      windowsOptions: {},
    }
    const findings = validateOS({
      os: { name: 'windows' },
      initContainers: [{ securityContext: context }],
      ephemeralContainers: [{ securityContext: { runAsGroup: 5 } }],
    })
    expect(findings.map((f) => f.path.join('.'))).toEqual([
      ...[
        'appArmorProfile',
        'seLinuxOptions',
        'seccompProfile',
        'capabilities',
        'readOnlyRootFilesystem',
        'privileged',
        'allowPrivilegeEscalation',
        'procMount',
        'runAsUser',
        'runAsGroup',
      ].map((f) => `spec.initContainers.0.securityContext.${f}`),
      'spec.ephemeralContainers.0.securityContext.runAsGroup',
    ])
    expect(new Set(findings.map((f) => [f.severity, f.code].join()))).toEqual(new Set(['error,linux-field-on-windows']))
  })
})
