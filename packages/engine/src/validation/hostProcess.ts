/** `validateWindowsHostProcessPod`: runs for every pod spec, whatever `spec.os` says. */
import type { Finding } from '../model'
import { podContainers } from '../util/podContainers'
import { own } from '../util/values'
import { invalid, rejected } from './fieldErrors'

const asBool = (value: unknown) => (typeof value === 'boolean' ? value : undefined)

/** Pod and containers agree on `hostProcess`, it is all containers or none, and the pod uses the host network. */
export function validateHostProcess(spec: Record<string, unknown>): Finding[] {
  const out: Finding[] = []
  const podValue = asBool(own(own(own(spec, 'securityContext'), 'windowsOptions'), 'hostProcess'))
  const containers = podContainers(spec)
  let hostProcessCount = 0
  for (const { path, container } of containers) {
    const fieldPath = [...path, 'securityContext', 'windowsOptions', 'hostProcess']
    const value = asBool(own(own(own(container, 'securityContext'), 'windowsOptions'), 'hostProcess'))
    if (podValue !== undefined && value !== undefined && podValue !== value) {
      const detail = `pod hostProcess value must be identical if both are specified, was ${String(podValue)}`
      out.push(rejected('hostProcess', fieldPath, invalid(fieldPath, value, detail)))
    }
    if (value ?? podValue) hostProcessCount++
  }
  if (hostProcessCount === 0) return out
  if (hostProcessCount !== containers.length) {
    const detail = 'If pod contains any hostProcess containers then all containers must be HostProcess containers'
    out.push(rejected('hostProcess', ['spec'], invalid(['spec'], '', detail)))
  }
  if (own(spec, 'hostNetwork') !== true) {
    const path = ['spec', 'hostNetwork']
    out.push(rejected('hostProcess', path, invalid(path, false, 'hostNetwork must be true if pod contains any hostProcess containers')))
  }
  return out
}
