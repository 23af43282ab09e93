/** A read-only view of a pod template in the shape the checks need, built once per evaluation. */
import type { PodTemplate } from '../model'
import type { FieldPath, PathSegment } from '../types'
import { podContainers } from '../util/podContainers'
import { asArray, asRecord, asString, isRecord, own } from '../util/values'

/** One container (init, regular or ephemeral) as the checks read it. */
export interface ContainerView {
  /** The container's name; empty when missing, as Go's zero value. */
  name: string
  /** Relative to the template root, e.g. `['spec', 'initContainers', 0]`. */
  path: FieldPath
  fields: Record<string, unknown>
  /** The securityContext mapping; undefined when unset or not a mapping. */
  securityContext: Record<string, unknown> | undefined
}

/** The parts of a pod template that Pod Security reads. */
export interface PodView {
  annotations: Record<string, unknown>
  spec: Record<string, unknown>
  /** The pod-level securityContext mapping; undefined when unset or not a mapping. */
  securityContext: Record<string, unknown> | undefined
  /** Every container in visiting order: initContainers, containers, ephemeralContainers. */
  containers: readonly ContainerView[]
}

/** The mapping, or undefined when the value is unset or not a mapping (Go's nil pointer). */
export function present(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined
}

/** A string field, or Go's zero value `""` when it is unset or not a string. */
export function text(record: unknown, key: string): string {
  return asString(own(record, key)) ?? ''
}

/** A port number as Go's int32 field reads it: a wrongly typed or fractional value is absent, i.e. 0. */
export function portNumber(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0
}

/** Calls back for each mapping item of a list field with its index; items of any other type read as absent. */
export function eachRecord(record: unknown, key: string, visit: (item: Record<string, unknown>, index: number) => void): void {
  asArray(own(record, key)).forEach((item, index) => {
    if (isRecord(item)) visit(item, index)
  })
}

/** Calls back for each string item of a list field with its index; items of any other type read as absent. */
export function eachString(record: unknown, key: string, visit: (item: string, index: number) => void): void {
  asArray(own(record, key)).forEach((item, index) => {
    if (typeof item === 'string') visit(item, index)
  })
}

/** Builds the view; never throws, whatever the input holds. */
export function podView(pod: PodTemplate): PodView {
  const metadata = asRecord(own(pod, 'metadata'))
  const spec = asRecord(own(pod, 'spec'))
  const containers: ContainerView[] = podContainers(spec)
    .filter((entry) => entry.isMapping)
    .map(({ name, path, container }) => ({ name, path, fields: container, securityContext: present(own(container, 'securityContext')) }))
  return {
    annotations: asRecord(own(metadata, 'annotations')),
    spec,
    securityContext: present(own(spec, 'securityContext')),
    containers,
  }
}

/** A path under the pod-level securityContext. */
export function podContextPath(...rest: PathSegment[]): FieldPath {
  return ['spec', 'securityContext', ...rest]
}

/** A path under a container's securityContext. */
export function containerContextPath(container: ContainerView, ...rest: PathSegment[]): FieldPath {
  return [...container.path, 'securityContext', ...rest]
}

/** Upstream's Windows trigger: `spec.os.name` is exactly `windows`. */
export function isWindowsPod(pod: PodView): boolean {
  return text(own(pod.spec, 'os'), 'name') === 'windows'
}

/** Upstream's user-namespace trigger: `spec.hostUsers` is present and false. */
export function usesUserNamespace(pod: PodView): boolean {
  return own(pod.spec, 'hostUsers') === false
}
