/** Reads what a pod template says about the OS it is meant for (research notes §6 of windows-reference.md). */
import type { PodTemplate } from '../model'
import { podContainers } from '../util/podContainers'
import { asArray, asRecord, asString, isRecord, own } from '../util/values'

/** The evidence that a pod is meant for Windows nodes, strongest first. */
export interface WindowsSignals {
  /** `spec.os.name` when it is a string: the only signal the API server and Pod Security use. */
  osName: string | null
  /** Selectors and required affinity that place the pod on Windows nodes. */
  placement: string[]
  /** Tolerations of the usual Windows taint: they permit Windows nodes without choosing them. */
  tolerations: string[]
  /** Guesses (prefixed `weak:`), gathered only when `spec.os.name` says neither linux nor windows. */
  weak: string[]
}

const osLabels = ['kubernetes.io/os', 'beta.kubernetes.io/os']
const buildLabel = 'node.kubernetes.io/windows-build'
const taintKeys = ['os', 'kubernetes.io/os', 'node.kubernetes.io/os']
const windowsImage = /mcr\.microsoft\.com\/windows\/|servercore|nanoserver|ltsc20\d\d/i

function nodeSelectorSignals(spec: Record<string, unknown>): string[] {
  const out: string[] = []
  for (const [key, value] of Object.entries(asRecord(own(spec, 'nodeSelector')))) {
    if (osLabels.includes(key) && value === 'windows') out.push(`nodeSelector ${key}=windows`)
    if (key === buildLabel && typeof value === 'string') out.push(`nodeSelector ${key}=${value}`)
  }
  return out
}

function affinitySignals(spec: Record<string, unknown>): string[] {
  const required = own(asRecord(own(asRecord(own(spec, 'affinity')), 'nodeAffinity')), 'requiredDuringSchedulingIgnoredDuringExecution')
  const out: string[] = []
  for (const term of asArray(own(asRecord(required), 'nodeSelectorTerms'))) {
    for (const expression of asArray(own(term, 'matchExpressions'))) {
      const key = asString(own(expression, 'key')) ?? ''
      const operator = asString(own(expression, 'operator')) ?? ''
      const values = asArray(own(expression, 'values')).filter((v): v is string => typeof v === 'string')
      const selectsWindows =
        (osLabels.includes(key) && ((operator === 'In' && values.includes('windows')) || (operator === 'NotIn' && values.includes('linux')))) ||
        (key === buildLabel && (operator === 'In' || operator === 'Exists'))
      if (selectsWindows) out.push(`nodeAffinity ${key} ${operator}${operator === 'Exists' ? '' : ` [${values.join(', ')}]`}`)
    }
  }
  return out
}

function tolerationSignals(spec: Record<string, unknown>): string[] {
  const out: string[] = []
  for (const toleration of asArray(own(spec, 'tolerations'))) {
    const key = asString(own(toleration, 'key')) ?? ''
    const operator = asString(own(toleration, 'operator')) ?? 'Equal'
    if (taintKeys.includes(key) && operator === 'Equal' && own(toleration, 'value') === 'windows') out.push(`toleration ${key}=windows`)
  }
  return out
}

function weakSignals(spec: Record<string, unknown>): string[] {
  const out: string[] = []
  const runtimeClassName = asString(own(spec, 'runtimeClassName'))
  if (runtimeClassName !== undefined && /windows/i.test(runtimeClassName)) out.push(`weak: runtimeClassName ${runtimeClassName}`)
  const containers = podContainers(spec)
  const contexts = [own(spec, 'securityContext'), ...containers.map((c) => own(c.container, 'securityContext'))]
  if (contexts.some((context) => isRecord(own(context, 'windowsOptions')))) out.push('weak: windowsOptions is set')
  for (const { container } of containers) {
    const image = asString(own(container, 'image'))
    const signal = `weak: Windows image ${image}`
    if (image !== undefined && windowsImage.test(image) && !out.includes(signal)) out.push(signal)
  }
  return out
}

/** Collects every Windows signal of a pod template. */
export function detectWindowsSignals(pod: PodTemplate): WindowsSignals {
  const spec = pod.spec
  const osName = asString(own(own(spec, 'os'), 'name')) ?? null
  return {
    osName,
    placement: [...nodeSelectorSignals(spec), ...affinitySignals(spec)],
    tolerations: tolerationSignals(spec),
    weak: osName === 'linux' || osName === 'windows' ? [] : weakSignals(spec),
  }
}

/** Every signal as one list, `spec.os.name=windows` first and guesses last. */
export function signalList(signals: WindowsSignals): string[] {
  const os = signals.osName === 'windows' ? ['spec.os.name=windows'] : []
  return [...os, ...signals.placement, ...signals.tolerations, ...signals.weak]
}

/** True when more than a guess says the pod will run on Windows nodes; an explicit `spec.os.name: linux` says otherwise. */
export function isWindowsBound(signals: WindowsSignals): boolean {
  if (signals.osName === 'linux') return false
  return signals.osName === 'windows' || signals.placement.length > 0 || signals.tolerations.length > 0
}
