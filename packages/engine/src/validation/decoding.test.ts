import { describe, expect, it } from 'vitest'
import type { Finding } from '../model'
import { containerSecurityContextShape, podOSShape, podSecurityContextShape } from '../podSpec/securityContextSchema'
import { decodeField } from './decoding'

function decodePod(context: unknown): Finding[] {
  const out: Finding[] = []
  decodeField(context, podSecurityContextShape, ['spec', 'securityContext'], 'PodSpec', out)
  return out
}

function decodeContainer(context: unknown, struct = 'Container'): Finding[] {
  const out: Finding[] = []
  decodeField(context, containerSecurityContextShape, ['spec', 'containers', 0, 'securityContext'], struct, out)
  return out
}

describe('unknown fields', () => {
  it.each(['allowPrivilegeEscalation', 'capabilities', 'privileged', 'procMount', 'readOnlyRootFilesystem'])(
    'says that %s in the pod securityContext belongs in each container',
    (field) => {
      expect(decodePod({ [field]: true })).toEqual([
        {
          severity: 'error',
          code: 'misplaced-field',
          path: ['spec', 'securityContext', field],
          message: `unknown field "spec.securityContext.${field}": ${field} is a container field: set it in each container's securityContext`,
        },
      ])
    },
  )

  it.each(['fsGroup', 'fsGroupChangePolicy', 'seLinuxChangePolicy', 'supplementalGroups', 'supplementalGroupsPolicy', 'sysctls'])(
    'says that %s in a container securityContext belongs in the pod',
    (field) => {
      expect(decodeContainer({ [field]: 1 }).map((f) => [f.code, f.message])).toEqual([
        ['misplaced-field', `unknown field "spec.containers[0].securityContext.${field}": ${field} is a pod field: set it once in spec.securityContext`],
      ])
    },
  )

  it('sends pod spec fields and Windows options to where they belong', () => {
    expect(decodePod({ hostNetwork: true }).map((f) => f.message)).toEqual([
      'unknown field "spec.securityContext.hostNetwork": hostNetwork is a pod spec field: set spec.hostNetwork',
    ])
    expect(decodeContainer({ runAsUserName: 'ContainerUser' }).map((f) => f.message)).toEqual([
      'unknown field "spec.containers[0].securityContext.runAsUserName": runAsUserName belongs in securityContext.windowsOptions',
    ])
  })

  it('suggests the right spelling', () => {
    expect(decodeContainer({ runAsNonroot: true }).map((f) => [f.code, f.message])).toEqual([
      ['unknown-field', 'unknown field "spec.containers[0].securityContext.runAsNonroot": did you mean "runAsNonRoot"?'],
    ])
    expect(decodeContainer({ priviledged: true })[0].message).toContain('did you mean "privileged"?')
    expect(decodeContainer({ windowsOptions: { runAsUsername: 'x' } })[0].message).toBe(
      'unknown field "spec.containers[0].securityContext.windowsOptions.runAsUsername": did you mean "runAsUserName"?',
    )
    expect(decodePod({ seccompProfile: { tpye: 'RuntimeDefault' } })[0].message).toBe(
      'unknown field "spec.securityContext.seccompProfile.tpye": did you mean "type"?',
    )
  })

  it('reports a field nothing resembles plainly', () => {
    expect(decodeContainer({ colour: 'blue' }).map((f) => f.message)).toEqual(['unknown field "spec.containers[0].securityContext.colour"'])
  })
})

describe('values of the wrong type', () => {
  it("prints encoding/json's message with the struct and the index-free path", () => {
    expect(decodeContainer({ privileged: 'true' }).map((f) => [f.code, f.message, f.path])).toEqual([
      [
        'wrong-type',
        'json: cannot unmarshal string into Go struct field SecurityContext.spec.containers.securityContext.privileged of type bool',
        ['spec', 'containers', 0, 'securityContext', 'privileged'],
      ],
    ])
  })

  it('names the literal for numbers that do not fit an int64', () => {
    expect(decodePod({ runAsUser: 1.5 })[0].message).toBe(
      'json: cannot unmarshal number 1.5 into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
    )
    expect(decodePod({ runAsUser: 1e30 })[0].message).toContain('number 1e+30')
    expect(decodePod({ runAsUser: '1000' })[0].message).toContain('cannot unmarshal string into')
  })

  it('checks list items against the item type', () => {
    expect(decodeContainer({ capabilities: { add: ['NET_ADMIN', 7] } }).map((f) => [f.message, f.path])).toEqual([
      [
        'json: cannot unmarshal number into Go struct field Capabilities.spec.containers.securityContext.capabilities.add of type v1.Capability',
        ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
      ],
    ])
    expect(decodeContainer({ capabilities: { drop: 'ALL' } })[0].message).toBe(
      'json: cannot unmarshal string into Go struct field Capabilities.spec.containers.securityContext.capabilities.drop of type []v1.Capability',
    )
    expect(decodePod({ sysctls: [{ name: 1 }] })[0].message).toBe(
      'json: cannot unmarshal number into Go struct field Sysctl.spec.securityContext.sysctls.name of type string',
    )
  })

  it('names the holding struct for whole objects', () => {
    expect(decodeContainer('x')[0].message).toBe(
      'json: cannot unmarshal string into Go struct field Container.spec.containers.securityContext of type v1.SecurityContext',
    )
    expect(decodeContainer([], 'EphemeralContainer')[0].message).toBe(
      'json: cannot unmarshal array into Go struct field EphemeralContainer.spec.containers.securityContext of type v1.SecurityContext',
    )
    expect(decodePod({ windowsOptions: true })[0].message).toBe(
      'json: cannot unmarshal bool into Go struct field PodSecurityContext.spec.securityContext.windowsOptions of type v1.WindowsSecurityContextOptions',
    )
    const os: Finding[] = []
    decodeField({ name: 1 }, podOSShape, ['spec', 'os'], 'PodSpec', os)
    expect(os[0].message).toBe('json: cannot unmarshal number into Go struct field PodOS.spec.os.name of type v1.OSName')
  })

  it('treats null as unset', () => {
    expect(decodeContainer(null)).toEqual([])
    expect(decodeContainer({ privileged: null, capabilities: { add: null } })).toEqual([])
  })
})
