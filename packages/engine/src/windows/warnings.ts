/** Warnings for pods whose OS the API server cannot see, or whose OS and placement disagree. */
import type { Finding, PodTemplate } from '../model'
import type { FieldPath } from '../types'
import { formatPath } from '../util/paths'
import { asString, isRecord, isSet, own } from '../util/values'
import { setLinuxOnlyFields } from '../podSpec/linuxOnlyFields'
import { type WindowsSignals, isWindowsBound, signalList } from '../podSpec/windowsSignals'

const warn = (code: string, path: FieldPath, message: string): Finding => ({ severity: 'warning', code, path, message })

function missingOsName(signals: WindowsSignals): Finding {
  // Guesses only matter when nothing stronger is there.
  const strong = signalList(signals).filter((signal) => !signals.weak.includes(signal))
  const evidence = strong.length > 0 ? `targets Windows nodes (${strong.join(', ')})` : `looks meant for Windows nodes (${signals.weak.join(', ')})`
  return warn(
    'os-name-missing',
    ['spec'],
    `The pod ${evidence} but does not set spec.os.name. Only spec.os.name tells the API server and Pod Security that a pod is a ` +
      "Windows pod: without it, Linux-only fields are accepted and then silently ignored on the node, and the restricted level's Windows " +
      'exemptions (policy v1.25+) do not apply. Set spec.os.name: windows.',
  )
}

function ignoredField(path: FieldPath): Finding {
  const where = formatPath(path)
  if (path[path.length - 1] === 'runAsUser') {
    return warn(
      'run-as-user-on-windows',
      path,
      `${where} has no effect on Windows nodes, and kubelets without the fix from kubernetes/kubernetes#125040 leave the pod stuck in ` +
        'ContainerCreating (the chown of the service-account token fails). Use windowsOptions.runAsUserName instead.',
    )
  }
  return warn('ignored-on-windows', path, `${where} is Linux-only and silently ignored on Windows nodes; with spec.os.name: windows the API server rejects it.`)
}

function osMismatch(pod: PodTemplate, signals: WindowsSignals): Finding[] {
  const selected = asString(own(own(pod.spec, 'nodeSelector'), 'kubernetes.io/os'))
  const placesOnWindows = signals.placement.length > 0
  let conflict: string | undefined
  if (signals.osName === 'linux' && placesOnWindows) conflict = `${signals.placement.join(', ')} places it on Windows nodes`
  if (signals.osName === 'windows' && selected === 'linux') conflict = 'nodeSelector kubernetes.io/os=linux places it on Linux nodes'
  if (conflict === undefined) return []
  return [warn('os-mismatch', ['spec', 'os', 'name'], `spec.os.name is ${signals.osName} but ${conflict}, whose kubelet rejects the pod (PodOSNotSupported).`)]
}

/** Warnings for a pod template: missing `spec.os.name`, ignored Linux-only fields, no Windows placement, OS mismatch. */
export function windowsWarnings(pod: PodTemplate, signals: WindowsSignals): Finding[] {
  const out: Finding[] = [...osMismatch(pod, signals)]
  const targets = signalList(signals).length > 0
  if (!targets || signals.osName === 'linux') return out
  if (!isRecord(own(pod.spec, 'os'))) {
    out.push(missingOsName(signals))
    if (isWindowsBound(signals)) out.push(...setLinuxOnlyFields(pod.spec).map(ignoredField))
  }
  if (signals.placement.length === 0 && !isSet(own(pod.spec, 'runtimeClassName'))) {
    out.push(
      warn(
        'no-windows-node-selector',
        ['spec'],
        'Nothing steers this pod to Windows nodes: the scheduler ignores spec.os.name, so without a nodeSelector kubernetes.io/os: windows ' +
          '(or required node affinity) it can land on a Linux node, whose kubelet rejects it (PodOSNotSupported).',
      ),
    )
  }
  return out
}
