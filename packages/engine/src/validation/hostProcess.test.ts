import { describe, expect, it } from 'vitest'
import { validateHostProcess } from './hostProcess'

const hostProcess = (value: boolean) => ({ securityContext: { windowsOptions: { hostProcess: value } } })
const messages = (spec: Record<string, unknown>) => validateHostProcess(spec).map((f) => f.message)

const ALL_OR_NONE = 'spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers'
const HOST_NETWORK = 'spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers'

describe('validateHostProcess', () => {
  it('accepts a pod-level hostProcess inherited by every container, with hostNetwork', () => {
    expect(messages({ hostNetwork: true, ...hostProcess(true), initContainers: [{}], containers: [{}, hostProcess(true)] })).toEqual([])
  })

  it('accepts every container setting it when the pod does not', () => {
    expect(messages({ hostNetwork: true, containers: [hostProcess(true), hostProcess(true)] })).toEqual([])
  })

  it('says nothing for pods without hostProcess containers, including all-false ones', () => {
    expect(messages({ containers: [{}] })).toEqual([])
    expect(messages({ ...hostProcess(false), containers: [hostProcess(false)] })).toEqual([])
  })

  it('rejects a container that disagrees with the pod, naming the pod value', () => {
    expect(messages({ hostNetwork: true, ...hostProcess(true), containers: [{}, hostProcess(false)] })).toEqual([
      'spec.containers[1].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true',
      ALL_OR_NONE,
    ])
    expect(messages({ hostNetwork: true, ...hostProcess(false), containers: [hostProcess(true)] })).toEqual([
      'spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value: true: pod hostProcess value must be identical if both are specified, was false',
    ])
  })

  it('requires all containers, init and ephemeral included, and hostNetwork', () => {
    expect(messages({ initContainers: [{}], containers: [hostProcess(true)] })).toEqual([ALL_OR_NONE, HOST_NETWORK])
    expect(messages({ hostNetwork: true, containers: [hostProcess(true)], ephemeralContainers: [{ name: 'debug' }] })).toEqual([ALL_OR_NONE])
    expect(messages({ hostNetwork: 'true', containers: [hostProcess(true)] })).toEqual([HOST_NETWORK])
  })

  it('points each finding at the field to change', () => {
    expect(validateHostProcess({ containers: [hostProcess(true), {}] }).map((f) => [f.code, f.path])).toEqual([
      ['hostProcess', ['spec']],
      ['hostProcess', ['spec', 'hostNetwork']],
    ])
  })
})
