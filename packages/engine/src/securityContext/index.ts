/** Effective security context per container: the kubelet's merge of pod and container values, with provenance. */
import type { ContainerContext, EffectiveValue, PodTemplate, PodValue } from '../model'
import { podContainers } from '../util/podContainers'
import { asRecord, own } from '../util/values'
import { detectWindowsSignals, isWindowsBound } from '../podSpec/windowsSignals'
import { type ContextLevel, resolveAppArmor, resolveField, resolveWindowsOptions } from './merge'
import { describeField } from './describeField'
import { resolvePodFields } from './podFields'
import { containerFields } from '../podSpec/securityContextSchema'

/** Effective security context of every container, in visiting order, and the pod-only fields. */
export function resolveSecurityContexts(pod: PodTemplate): {
  containers: ContainerContext[]
  pod: Record<string, PodValue>
} {
  const spec = pod.spec
  const podLevel: ContextLevel = { context: asRecord(own(spec, 'securityContext')), path: ['spec', 'securityContext'] }
  const annotations = asRecord(own(pod.metadata, 'annotations'))
  const signals = detectWindowsSignals(pod)
  const context = { windowsBound: isWindowsBound(signals), linuxPod: signals.osName === 'linux' }

  const containers = podContainers(spec).map(({ type, name, path, container }): ContainerContext => {
    const level: ContextLevel = { context: asRecord(own(container, 'securityContext')), path: [...path, 'securityContext'] }
    const effective: Record<string, EffectiveValue> = {}
    for (const field of containerFields) {
      effective[field] = field === 'appArmorProfile' ? resolveAppArmor(level, podLevel, annotations, name) : resolveField(field, level, podLevel)
    }
    Object.assign(effective, resolveWindowsOptions(level, podLevel))
    for (const [field, value] of Object.entries(effective)) {
      // A note already present (the AppArmor annotation) explains the value's origin and stays.
      const note = value.note ?? describeField(field, value, effective, context)
      if (note !== undefined) value.note = note
    }
    return { name, type, path, effective }
  })

  return { containers, pod: resolvePodFields(podLevel.context, podLevel.path, context.windowsBound) }
}
