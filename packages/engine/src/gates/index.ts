/** The kubelet gate of "Will it run?": what the kubelet of the node the pod targets does with each container (the API server and admission gates are read off the other stages in evaluateObject.ts). */
import type { ContainerContext, PodTemplate } from '../model'
import type { KubeletStatus } from '../types'
import { detectWindowsSignals, isWindowsBound } from '../podSpec/windowsSignals'
import type { KubeletIssue, PodIdentity } from './model'
import { containerProfiles, podNodeDependencies } from './nodeDependencies'
import { linuxRunAsNonRoot, windowsRunAsNonRoot } from './runAsNonRoot'

export type { KubeletIssue } from './model'

const SEVERITY: Readonly<Record<KubeletStatus, number>> = { starts: 0, depends: 1, refused: 2 }

/** The worst of the outcomes: refused > depends > starts (`starts` for none). */
export function worstStatus(statuses: Iterable<KubeletStatus>): KubeletStatus {
  let worst: KubeletStatus = 'starts'
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[worst]) worst = status
  return worst
}

/**
 * What the kubelet of the node the pod targets does with it: per container, the runAsNonRoot rule
 * of that OS and the container's own Localhost profiles; then the pod's profiles and sysctls.
 * A pod placed on Windows nodes (more than a guess says so) gets the Windows kubelet's rule and
 * none of the Linux-only node dependencies, which that kubelet ignores.
 */
export function kubeletIssues(pod: PodTemplate, containers: readonly ContainerContext[], identity: PodIdentity): KubeletIssue[] {
  const windows = isWindowsBound(detectWindowsSignals(pod))
  const out: KubeletIssue[] = []
  for (const container of containers) {
    const nonRoot = windows ? windowsRunAsNonRoot(container, identity) : linuxRunAsNonRoot(container, identity)
    if (nonRoot) out.push(nonRoot)
    if (!windows) out.push(...containerProfiles(container))
  }
  if (!windows) out.push(...podNodeDependencies(pod))
  return out
}
