/** The plain words of the "Will it run?" line: per-gate states, the overall answer, and what Pod Security does to a workload. */
import type { KubeletFinding, KubeletStatus } from '@secctx/engine'

/** Which object's events show the FailedCreate when Pod Security denies a workload's pods: the one that creates them. */
const POD_CREATOR: Readonly<Record<string, string>> = {
  Deployment: 'ReplicaSet',
  ReplicaSet: 'ReplicaSet',
  ReplicationController: 'ReplicationController',
  DaemonSet: 'DaemonSet',
  StatefulSet: 'StatefulSet',
  Job: 'Job',
  CronJob: 'Job',
}

/** What really happens when Pod Security denies the pods of a workload of `kind`, in one sentence. */
export function workloadDenialSentence(kind: string): string {
  const creator = POD_CREATOR[kind]
  if (!creator) return `A ${kind} is created with a warning and runs nothing itself; every pod made from its template is denied.`
  const whose = creator === kind ? `the ${kind}'s` : `its ${creator}'s`
  return (
    `The ${kind} is created (kubectl prints a warning), but every pod ${creator === kind ? 'it' : `its ${creator}`} creates is denied, ` +
    `so nothing runs; the reason shows only in ${whose} events, as FailedCreate (kubectl describe ${creator.toLowerCase()}).`
  )
}

/** Plain words for a kubelet status. */
export const KUBELET_WORDS: Readonly<Record<KubeletStatus, string>> = { starts: 'Starts', depends: 'Depends', refused: 'Refused' }

/** What a kubelet finding depends on or does, in a few words. */
export function findingHeadline(finding: KubeletFinding): string {
  if (finding.status === 'refused') return 'refused'
  return finding.dependsOn === 'image' ? 'depends on the image' : 'depends on the node'
}

/** The overall answer, from the first gate that stops the pod. */
export function overallAnswer(apiAccepted: boolean, admitted: boolean, kubelet: KubeletStatus): { tone: 'pass' | 'depends' | 'fail'; text: string } {
  if (!apiAccepted) return { tone: 'fail', text: 'No: the API server rejects it' }
  if (!admitted) return { tone: 'fail', text: 'No: Pod Security denies its pods' }
  if (kubelet === 'refused') return { tone: 'fail', text: 'No: the kubelet refuses a container' }
  if (kubelet === 'depends') return { tone: 'depends', text: 'Only if the image or node allows it' }
  return { tone: 'pass', text: 'Yes' }
}
