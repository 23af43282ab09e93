import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PodTemplate } from '../model'
import { analyseWindows } from '.'
import { guidanceCatalogue } from './guidance'

const pod = (spec: Record<string, unknown>): PodTemplate => ({ metadata: {}, spec })
const windowsSelector = { 'kubernetes.io/os': 'windows' }
const ids = (spec: Record<string, unknown>) => analyseWindows(pod(spec)).windows.guidance.map((g) => g.id)
const codes = (spec: Record<string, unknown>) => analyseWindows(pod(spec)).findings.map((f) => f.code)

describe('Windows signals', () => {
  it('finds nothing in a plain Linux pod', () => {
    expect(analyseWindows(pod({ containers: [{ image: 'nginx' }] }))).toEqual({
      windows: { targetsWindows: false, signals: [], osName: null, guidance: [] },
      findings: [],
    })
  })

  it('reads spec.os.name, selectors, required affinity and tolerations', () => {
    const { windows } = analyseWindows(
      pod({
        os: { name: 'windows' },
        nodeSelector: { 'kubernetes.io/os': 'windows', 'beta.kubernetes.io/os': 'windows', 'node.kubernetes.io/windows-build': '10.0.20348' },
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['windows'] }] }],
            },
          },
        },
        tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }],
        containers: [{}],
      }),
    )
    expect(windows.targetsWindows).toBe(true)
    expect(windows.osName).toBe('windows')
    expect(windows.signals).toEqual([
      'spec.os.name=windows',
      'nodeSelector kubernetes.io/os=windows',
      'nodeSelector beta.kubernetes.io/os=windows',
      'nodeSelector node.kubernetes.io/windows-build=10.0.20348',
      'nodeAffinity kubernetes.io/os In [windows]',
      'toleration os=windows',
    ])
  })

  it('marks guesses as weak and only makes them when spec.os.name is unset', () => {
    const spec = {
      runtimeClassName: 'windows-2022',
      securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } },
      containers: [{ image: 'mcr.microsoft.com/windows/servercore:ltsc2022' }, { image: 'mcr.microsoft.com/windows/servercore:ltsc2022' }],
    }
    expect(analyseWindows(pod(spec)).windows.signals).toEqual([
      'weak: runtimeClassName windows-2022',
      'weak: windowsOptions is set',
      'weak: Windows image mcr.microsoft.com/windows/servercore:ltsc2022',
    ])
    expect(analyseWindows(pod({ ...spec, os: { name: 'linux' } })).windows).toMatchObject({ targetsWindows: false, signals: [], osName: 'linux' })
  })
})

describe('Windows warnings', () => {
  it('asks for spec.os.name and flags each Linux-only field on a Windows-bound pod without it', () => {
    const { findings } = analyseWindows(
      pod({
        nodeSelector: windowsSelector,
        securityContext: { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true } }],
      }),
    )
    expect(findings.map((f) => [f.severity, f.code, f.path.join('.')])).toEqual([
      ['warning', 'os-name-missing', 'spec'],
      ['warning', 'ignored-on-windows', 'spec.securityContext.seccompProfile'],
      ['warning', 'run-as-user-on-windows', 'spec.securityContext.runAsUser'],
      ['warning', 'ignored-on-windows', 'spec.containers.0.securityContext.allowPrivilegeEscalation'],
    ])
    expect(findings[0].message).toContain('(nodeSelector kubernetes.io/os=windows)')
    expect(findings[0].message).toContain('Set spec.os.name: windows.')
    expect(findings[2].message).toContain('stuck in ContainerCreating')
  })

  it('leaves Linux-only fields to API validation when spec.os.name is windows', () => {
    expect(codes({ os: { name: 'windows' }, nodeSelector: windowsSelector, securityContext: { runAsUser: 1 }, containers: [{}] })).toEqual([])
  })

  it('warns when nothing places the pod on Windows nodes', () => {
    expect(codes({ os: { name: 'windows' }, containers: [{}] })).toEqual(['no-windows-node-selector'])
    expect(codes({ os: { name: 'windows' }, runtimeClassName: 'windows-2019', containers: [{}] })).toEqual([])
  })

  it('warns about a guessed Windows pod without treating its Linux fields as ignored', () => {
    expect(codes({ securityContext: { runAsUser: 1 }, containers: [{ image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }] })).toEqual([
      'os-name-missing',
      'no-windows-node-selector',
    ])
  })

  it('warns when spec.os.name and the node selector disagree', () => {
    const findings = analyseWindows(pod({ os: { name: 'linux' }, nodeSelector: windowsSelector, containers: [{}] })).findings
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      [
        'os-mismatch',
        'spec.os.name is linux but nodeSelector kubernetes.io/os=windows places it on Windows nodes, whose kubelet rejects the pod (PodOSNotSupported).',
      ],
    ])
    expect(codes({ os: { name: 'windows' }, nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{}] })).toContain('os-mismatch')
  })
})

describe('Windows guidance', () => {
  const base = { os: { name: 'windows' }, nodeSelector: windowsSelector }

  it('gives stable, unique ids', () => {
    const all = guidanceCatalogue.map((g) => g.id)
    expect(new Set(all).size).toBe(all.length)
    expect(all).toEqual(
      expect.arrayContaining([
        'secrets-on-node-disk',
        'container-administrator',
        'run-as-non-root-windows',
        'host-process',
        'no-privileged-on-windows',
        'gmsa',
      ]),
    )
  })

  it.each([
    ['a secret volume', { volumes: [{ name: 's', secret: { secretName: 'x' } }], containers: [{}] }],
    ['a projected secret', { volumes: [{ name: 'p', projected: { sources: [{ configMap: {} }, { secret: { name: 'x' } }] } }], containers: [{}] }],
    [
      'secretKeyRef in an init container',
      { initContainers: [{ env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 'x', key: 'k' } } }] }], containers: [{}] },
    ],
    ['envFrom secretRef in an ephemeral container', { containers: [{}], ephemeralContainers: [{ envFrom: [{ secretRef: { name: 'x' } }] }] }],
  ])('warns about secrets on the node disk for %s', (_, spec) => {
    expect(ids({ ...base, ...spec })).toContain('secrets-on-node-disk')
  })

  it('does not mention secrets when none are consumed', () => {
    expect(ids({ ...base, volumes: [{ name: 'c', configMap: { name: 'x' } }], containers: [{ env: [{ name: 'A', value: 'b' }] }] })).not.toContain(
      'secrets-on-node-disk',
    )
  })

  it('warns that the default service-account token is written to disk, unless the pod turns it off', () => {
    expect(ids({ ...base, containers: [{}] })).toContain('service-account-token-on-node-disk')
    expect(ids({ ...base, automountServiceAccountToken: true, containers: [{}] })).toContain('service-account-token-on-node-disk')
    expect(ids({ ...base, automountServiceAccountToken: false, containers: [{}] })).not.toContain('service-account-token-on-node-disk')
  })

  it('flags an effective ContainerAdministrator in any case, inherited or set', () => {
    expect(ids({ ...base, securityContext: { windowsOptions: { runAsUserName: 'containeradministrator' } }, containers: [{}] })).toContain(
      'container-administrator',
    )
    const overridden = { ...base, securityContext: { windowsOptions: { runAsUserName: 'ContainerAdministrator' } } }
    expect(ids({ ...overridden, containers: [{ securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } } }] })).not.toContain(
      'container-administrator',
    )
  })

  it('asks for a runAsUserName when a container has none', () => {
    expect(ids({ ...base, containers: [{}] })).toEqual(['set-run-as-user-name', 'run-as-non-root-windows', 'service-account-token-on-node-disk'])
    expect(ids({ ...base, securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } }, containers: [{}] })).toEqual([
      'run-as-non-root-windows',
      'service-account-token-on-node-disk',
    ])
  })

  it('explains HostProcess instead of runAsNonRoot for HostProcess pods', () => {
    const spec = {
      ...base,
      hostNetwork: true,
      securityContext: { windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } },
      containers: [{}],
    }
    expect(ids(spec)).toEqual(['service-account-token-on-node-disk', 'host-process'])
  })

  it('covers privileged, gMSA, hostPath and memory-backed emptyDir', () => {
    const spec = {
      ...base,
      securityContext: { windowsOptions: { runAsUserName: 'ContainerUser', gmsaCredentialSpecName: 'gmsa-webapp1' } },
      volumes: [
        { name: 'h', hostPath: { path: 'C:\\data' } },
        { name: 'm', emptyDir: { medium: 'Memory' } },
      ],
      containers: [{ securityContext: { privileged: false } }],
    }
    expect(ids(spec)).toEqual([
      'run-as-non-root-windows',
      'service-account-token-on-node-disk',
      'no-privileged-on-windows',
      'gmsa',
      'hostpath-on-windows',
      'no-memory-emptydir',
    ])
  })

  it('gives no guidance to pods that do not target Windows', () => {
    expect(ids({ volumes: [{ name: 's', secret: { secretName: 'x' } }], containers: [{ securityContext: { privileged: true } }] })).toEqual([])
  })
})

describe('analyseWindows on untrusted input', () => {
  it('never throws', () => {
    const odd = [{}, { containers: 'x' }, { os: 'windows', nodeSelector: ['x'], affinity: { nodeAffinity: 7 }, tolerations: {}, volumes: [null, 'x'] }]
    for (const spec of odd) expect(() => analyseWindows(pod(spec))).not.toThrow()
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('os', 'nodeSelector', 'affinity', 'tolerations', 'volumes', 'containers', 'securityContext'), fc.anything()),
        (spec) => {
          expect(typeof analyseWindows(pod(spec)).windows.targetsWindows).toBe('boolean')
        },
      ),
      { numRuns: 300 },
    )
  })
})
