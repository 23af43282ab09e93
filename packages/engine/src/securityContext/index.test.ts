import { describe, expect, it } from 'vitest'
import type { PodTemplate } from '../model'
import { resolveSecurityContexts } from '.'
import { containerFields, podOnlyFields, windowsFields } from '../podSpec/securityContextSchema'

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): PodTemplate => ({ metadata, spec })
const only = (spec: Record<string, unknown>, metadata?: Record<string, unknown>) => {
  const [first] = resolveSecurityContexts(pod(spec, metadata)).containers
  return first.effective
}

describe('resolveSecurityContexts', () => {
  it('reports every field for every container, unset ones as defaults with a note', () => {
    const effective = only({ containers: [{ name: 'app' }] })
    const expected = [...containerFields, ...windowsFields.map((f) => `windowsOptions.${f}`)].sort()
    expect(Object.keys(effective).sort()).toEqual(expected)
    expect(Object.keys(effective)).toHaveLength(15)
    for (const value of Object.values(effective)) {
      expect(value).toMatchObject({ value: null, source: 'default' })
      expect(value.note).toBeTruthy()
    }
    expect(effective.runAsUser.note).toContain("image's USER")
    expect(effective.allowPrivilegeEscalation.note).toContain('escalation is allowed')
    expect(effective.seccompProfile.note).toContain('Unconfined')
  })

  it('visits initContainers, containers, then ephemeralContainers', () => {
    const { containers } = resolveSecurityContexts(
      pod({ ephemeralContainers: [{ name: 'debug' }], containers: [{ name: 'app' }], initContainers: [{ name: 'init' }] }),
    )
    expect(containers.map((c) => [c.type, c.name, c.path])).toEqual([
      ['initContainer', 'init', ['spec', 'initContainers', 0]],
      ['container', 'app', ['spec', 'containers', 0]],
      ['ephemeralContainer', 'debug', ['spec', 'ephemeralContainers', 0]],
    ])
  })

  it.each(['runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions', 'seccompProfile', 'appArmorProfile'])(
    'lets the container override the pod for %s, and inherits it otherwise',
    (field) => {
      const podValue = field === 'runAsNonRoot' ? false : field.startsWith('runAs') ? 1000 : { type: 'RuntimeDefault' }
      const containerValue = field === 'runAsNonRoot' ? true : field.startsWith('runAs') ? 2000 : { type: 'Localhost', localhostProfile: 'p' }
      const { containers } = resolveSecurityContexts(
        pod({ securityContext: { [field]: podValue }, containers: [{ name: 'a', securityContext: { [field]: containerValue } }, { name: 'b' }] }),
      )
      expect(containers[0].effective[field]).toMatchObject({
        value: containerValue,
        source: 'container',
        overrides: podValue,
        path: ['spec', 'containers', 0, 'securityContext', field],
      })
      expect(containers[1].effective[field]).toMatchObject({ value: podValue, source: 'pod', path: ['spec', 'securityContext', field] })
      expect(containers[1].effective[field].overrides).toBeUndefined()
    },
  )

  it('replaces object-valued fields whole instead of merging their keys', () => {
    const effective = only({
      securityContext: { seLinuxOptions: { level: 's0:c1', type: 'spc_t' } },
      containers: [{ securityContext: { seLinuxOptions: { level: 's0:c2' } } }],
    })
    expect(effective.seLinuxOptions.value).toEqual({ level: 's0:c2' })
  })

  it('ignores container-only fields written at pod level', () => {
    const effective = only({ securityContext: { privileged: true }, containers: [{}] })
    expect(effective.privileged).toMatchObject({ value: null, source: 'default' })
  })

  it('merges windowsOptions field by field', () => {
    const effective = only({
      securityContext: { windowsOptions: { runAsUserName: 'ContainerUser', hostProcess: false } },
      containers: [{ securityContext: { windowsOptions: { runAsUserName: 'ContainerAdministrator' } } }],
    })
    expect(effective['windowsOptions.runAsUserName']).toMatchObject({ value: 'ContainerAdministrator', source: 'container', overrides: 'ContainerUser' })
    expect(effective['windowsOptions.hostProcess']).toMatchObject({ value: false, source: 'pod' })
  })

  it('moves the two gMSA fields as a pair', () => {
    const effective = only({
      securityContext: { windowsOptions: { gmsaCredentialSpecName: 'pod-spec', gmsaCredentialSpec: '{"a":1}' } },
      containers: [{ securityContext: { windowsOptions: { gmsaCredentialSpecName: 'own-spec' } } }],
    })
    expect(effective['windowsOptions.gmsaCredentialSpecName']).toMatchObject({ value: 'own-spec', source: 'container', overrides: 'pod-spec' })
    expect(effective['windowsOptions.gmsaCredentialSpec']).toMatchObject({
      value: null,
      source: 'container',
      overrides: '{"a":1}',
      path: ['spec', 'containers', 0, 'securityContext', 'windowsOptions', 'gmsaCredentialSpecName'],
    })
    expect(effective['windowsOptions.gmsaCredentialSpec'].note).toContain('move as a pair')
  })

  it('keeps an unset gMSA partner a plain default when the pod has nothing to clear', () => {
    const effective = only({ containers: [{ securityContext: { windowsOptions: { gmsaCredentialSpecName: 'x' } } }] })
    expect(effective['windowsOptions.gmsaCredentialSpec']).toMatchObject({ value: null, source: 'default' })
  })

  it('reads the deprecated AppArmor annotation before the pod field, as the kubelet does', () => {
    const key = 'container.apparmor.security.beta.kubernetes.io/app'
    const effective = only(
      { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'app' }] },
      { annotations: { [key]: 'localhost/k8s-nginx' } },
    )
    expect(effective.appArmorProfile).toMatchObject({
      value: { type: 'Localhost', localhostProfile: 'k8s-nginx' },
      source: 'container',
      overrides: { type: 'RuntimeDefault' },
      path: ['metadata', 'annotations', key],
    })
  })

  it('explains when escalation cannot be prevented', () => {
    expect(only({ containers: [{ securityContext: { privileged: true } }] }).allowPrivilegeEscalation.note).toContain('Privileged container')
    const sysAdmin = only({ containers: [{ securityContext: { capabilities: { add: ['SYS_ADMIN'] }, allowPrivilegeEscalation: false } }] })
    expect(sysAdmin.allowPrivilegeEscalation.note).toContain('adds SYS_ADMIN')
    expect(sysAdmin.allowPrivilegeEscalation.note).toContain('literal CAP_SYS_ADMIN')
  })

  it('marks Linux-only fields on a Windows-bound pod', () => {
    const effective = only({ nodeSelector: { 'kubernetes.io/os': 'windows' }, securityContext: { runAsUser: 1000 }, containers: [{}] })
    expect(effective.runAsUser.note).toContain('stuck in ContainerCreating')
    expect(effective.seccompProfile.note).toBe('Linux-only: not used on Windows nodes.')
    expect(effective['windowsOptions.runAsUserName'].note).toContain('Nano Server')
  })

  it('reports each pod-only field once with a note', () => {
    const { pod: fields } = resolveSecurityContexts(pod({ securityContext: { fsGroup: 2000, sysctls: [{ name: 'net.core.somaxconn', value: '1024' }] } }))
    expect(Object.keys(fields)).toEqual([...podOnlyFields])
    expect(fields.fsGroup).toMatchObject({ value: 2000, path: ['spec', 'securityContext', 'fsGroup'] })
    expect(fields.sysctls.note).toContain('net.core.somaxconn')
    expect(fields.supplementalGroups).toMatchObject({ value: null })
    expect(fields.supplementalGroups.note).toBeTruthy()
  })

  it('never throws on values of the wrong type', () => {
    const weird = [null, 'x', 3, [], { containers: 'no' }, { securityContext: 'x', containers: [null, 'x', { securityContext: [1] }] }]
    for (const spec of weird) {
      expect(() => resolveSecurityContexts({ metadata: {}, spec: spec as Record<string, unknown> })).not.toThrow()
    }
  })
})
