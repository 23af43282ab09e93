/** Where each built-in kind keeps its pod template, as Pod Security Admission's default extractor reads it. */
import type { FieldPath } from '../types'

/** How to find the pod metadata and spec inside one kind of object. */
export interface WorkloadAdapter {
  /** The `kind`, spelled exactly. */
  kind: string
  /** API groups the kind is served from (`''` is the core group); other groups are custom resources. */
  groups: readonly string[]
  /** Path of the pod template (`metadata` + `spec`); `[]` for a Pod, whose own metadata and spec are read. */
  templatePath: FieldPath
  /** What upstream does when the template is absent: `skip` (nothing is checked) or `evaluate` an empty one. */
  whenMissing: 'skip' | 'evaluate'
}

const APPS = ['apps', 'extensions'] as const

/** Pod: the object itself. */
export const pod: WorkloadAdapter = { kind: 'Pod', groups: [''], templatePath: [], whenMissing: 'evaluate' }

/** PodTemplate: `template`. */
export const podTemplate: WorkloadAdapter = { kind: 'PodTemplate', groups: [''], templatePath: ['template'], whenMissing: 'evaluate' }

/** ReplicationController: `spec.template`, which is optional; upstream checks nothing without it. */
export const replicationController: WorkloadAdapter = {
  kind: 'ReplicationController',
  groups: [''],
  templatePath: ['spec', 'template'],
  whenMissing: 'skip',
}

/** ReplicaSet: `spec.template`. */
export const replicaSet: WorkloadAdapter = { kind: 'ReplicaSet', groups: APPS, templatePath: ['spec', 'template'], whenMissing: 'evaluate' }

/** Deployment: `spec.template`. */
export const deployment: WorkloadAdapter = { kind: 'Deployment', groups: APPS, templatePath: ['spec', 'template'], whenMissing: 'evaluate' }

/** DaemonSet: `spec.template`. */
export const daemonSet: WorkloadAdapter = { kind: 'DaemonSet', groups: APPS, templatePath: ['spec', 'template'], whenMissing: 'evaluate' }

/** StatefulSet: `spec.template`. */
export const statefulSet: WorkloadAdapter = { kind: 'StatefulSet', groups: ['apps'], templatePath: ['spec', 'template'], whenMissing: 'evaluate' }

/** Job: `spec.template`. */
export const job: WorkloadAdapter = { kind: 'Job', groups: ['batch'], templatePath: ['spec', 'template'], whenMissing: 'evaluate' }

/** CronJob: `spec.jobTemplate.spec.template`. */
export const cronJob: WorkloadAdapter = {
  kind: 'CronJob',
  groups: ['batch'],
  templatePath: ['spec', 'jobTemplate', 'spec', 'template'],
  whenMissing: 'evaluate',
}

/** Every kind that carries a pod spec, keyed by kind. */
export const ADAPTERS: ReadonlyMap<string, WorkloadAdapter> = new Map(
  [pod, podTemplate, replicationController, replicaSet, deployment, daemonSet, statefulSet, job, cronJob].map((a) => [a.kind, a]),
)

/** The API group of an apiVersion: `apps` for `apps/v1`, `''` for `v1`. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/')
  return slash === -1 ? '' : apiVersion.slice(0, slash)
}
