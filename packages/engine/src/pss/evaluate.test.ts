import { describe, expect, test } from 'vitest'
import type { CheckFailure } from '../model'
import { evaluatePodSecurity, formatFailures, formatLevelVersion, formatReasons, parsePolicyVersion } from './index'
import { RESTRICTED_POD_CONTEXT, container, evaluateAt, failingIds, hardened, pod } from '../../test/podBuilders'

const version = (text: string) => {
  const parsed = parsePolicyVersion(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.version
}

describe('evaluatePodSecurity', () => {
  test('the nginx worked example, message for message', () => {
    const nginx = pod({ containers: [{ name: 'nginx', image: 'nginx' }] })
    const latest = version('latest')
    const failures = evaluatePodSecurity(nginx, 'restricted', latest)
    expect(`pods "nginx" is forbidden: violates PodSecurity "${formatLevelVersion('restricted', latest)}": ${formatFailures(failures)}`).toBe(
      'pods "nginx" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    )
    expect(formatReasons(failures)).toBe('allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile')
    expect(failures.map((f) => f.paths)).toEqual([
      [['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation']],
      [['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']],
      [['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']],
      [['spec', 'containers', 0, 'securityContext', 'seccompProfile']],
    ])
    expect(evaluatePodSecurity(nginx, 'baseline', latest)).toEqual([])
  })

  test('upstream base fixtures pass', () => {
    const base = pod({ securityContext: RESTRICTED_POD_CONTEXT, initContainers: [hardened('initcontainer1')], containers: [hardened('container1')] })
    for (let minor = 0; minor <= 37; minor++) expect(evaluateAt('restricted', minor, base)).toEqual([])
  })

  test('a pod that breaks every check reports them all in upstream order', () => {
    const bad = {
      privileged: true,
      procMount: 'Unmasked',
      runAsUser: 0,
      runAsNonRoot: false,
      capabilities: { add: ['SYS_ADMIN'] },
      seccompProfile: { type: 'Unconfined' },
      appArmorProfile: { type: 'Unconfined' },
      seLinuxOptions: { user: 'u' },
      windowsOptions: { hostProcess: true },
    }
    const spec = {
      hostNetwork: true,
      hostUsers: true,
      securityContext: { sysctls: [{ name: 'kernel.msgmax' }] },
      volumes: [{ name: 'h', hostPath: { path: '/' } }],
      containers: [container('x', bad, { ports: [{ containerPort: 80, hostPort: 80 }], livenessProbe: { tcpSocket: { host: 'h' } } })],
    }
    expect(failingIds('baseline', 37, pod(spec))).toEqual([
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
    ])
    expect(failingIds('restricted', 37, pod(spec))).toEqual([
      'appArmorProfile',
      'hostNamespaces',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'seLinuxOptions',
      'sysctls',
      'windowsHostProcess',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'procMount_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile_restricted',
    ])
  })

  test('latest, v1.37 and v1.99 agree', () => {
    const template = pod({ containers: [container('a')] })
    const at = (text: string) => evaluatePodSecurity(template, 'restricted', version(text))
    expect(at('latest')).toEqual(at('v1.37'))
    expect(at('v1.99')).toEqual(at('v1.37'))
  })

  test('privileged, or any unknown level, runs no checks', () => {
    const template = pod({ hostPID: true })
    expect(evaluatePodSecurity(template, 'privileged' as never, version('latest'))).toEqual([])
  })

  test('Windows exemptions switch on at v1.25', () => {
    const template = pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [container('a')] })
    expect(failingIds('restricted', 24, template)).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted'])
    expect(failingIds('restricted', 25, template)).toEqual([])
  })

  test('with overrides, restricted is looser than baseline for a Windows pod adding SYS_ADMIN', () => {
    const sc = { capabilities: { add: ['SYS_ADMIN'] }, seccompProfile: { type: 'Unconfined' } }
    const template = pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [container('a', sc)] })
    expect(failingIds('restricted', 25, template)).toEqual([])
    expect(failingIds('baseline', 25, template)).toEqual(['capabilities_baseline', 'seccompProfile_baseline'])
  })

  test('ephemeral containers are visited last, after init and regular containers', () => {
    const template = pod({ ephemeralContainers: [container('e')], containers: [container('c')], initContainers: [container('i')] })
    expect(evaluateAt('restricted', 37, template)[0]?.detail).toBe('containers "i", "c", "e" must set securityContext.allowPrivilegeEscalation=false')
  })
})

describe('formatFailures', () => {
  const failure = (reason: string, detail: string): CheckFailure => ({ check: 'x', level: 'baseline', reason, detail, paths: [] })

  test('omits parentheses for an empty detail and keeps duplicate reasons', () => {
    expect(formatFailures([failure('a', 'b'), failure('a', ''), failure('c', 'd')])).toBe('a (b), a, c (d)')
  })

  test('uses the upstream placeholder for an empty reason', () => {
    expect(formatFailures([failure('', 'd')])).toBe('unknown forbidden reason (d)')
    expect(formatReasons([failure('', '')])).toBe('unknown forbidden reason')
  })

  test('an empty list formats as empty text', () => {
    expect(formatFailures([])).toBe('')
  })
})
