/**
 * The API shape of `securityContext` at container and pod level (k8s.io/api core/v1), with the Go type
 * names the API server prints when a value has the wrong type.
 */

import { isRecord } from '../util/values'

/** The JSON shape of one field. `go` is the Go type as `encoding/json` names it in errors. */
export type FieldShape =
  | { kind: 'bool'; go: 'bool' }
  | { kind: 'int64'; go: 'int64' }
  | { kind: 'string'; go: string }
  | { kind: 'object'; go: string; fields: Readonly<Record<string, FieldShape>> }
  | { kind: 'list'; go: string; item: FieldShape }

const bool: FieldShape = { kind: 'bool', go: 'bool' }
const int64: FieldShape = { kind: 'int64', go: 'int64' }
const string = (go = 'string'): FieldShape => ({ kind: 'string', go })
const object = (name: string, fields: Record<string, FieldShape>): FieldShape => ({ kind: 'object', go: `v1.${name}`, fields })
const list = (item: FieldShape): FieldShape => ({ kind: 'list', go: `[]${item.go}`, item })

const profile = (name: string) => object(name, { localhostProfile: string(), type: string(`v1.${name}Type`) })

/** `windowsOptions`, the same type at both levels. */
export const windowsOptionsShape = object('WindowsSecurityContextOptions', {
  gmsaCredentialSpec: string(),
  gmsaCredentialSpecName: string(),
  hostProcess: bool,
  runAsUserName: string(),
})

const shared = {
  appArmorProfile: profile('AppArmorProfile'),
  runAsGroup: int64,
  runAsNonRoot: bool,
  runAsUser: int64,
  seLinuxOptions: object('SELinuxOptions', { level: string(), role: string(), type: string(), user: string() }),
  seccompProfile: profile('SeccompProfile'),
  windowsOptions: windowsOptionsShape,
}

/** A container's `securityContext` (v1.SecurityContext). */
export const containerSecurityContextShape = object('SecurityContext', {
  ...shared,
  allowPrivilegeEscalation: bool,
  capabilities: object('Capabilities', { add: list(string('v1.Capability')), drop: list(string('v1.Capability')) }),
  privileged: bool,
  procMount: string('v1.ProcMountType'),
  readOnlyRootFilesystem: bool,
})

/** The pod's `spec.securityContext` (v1.PodSecurityContext). */
export const podSecurityContextShape = object('PodSecurityContext', {
  ...shared,
  fsGroup: int64,
  fsGroupChangePolicy: string('v1.PodFSGroupChangePolicy'),
  seLinuxChangePolicy: string('v1.PodSELinuxChangePolicy'),
  supplementalGroups: list(int64),
  supplementalGroupsPolicy: string('v1.SupplementalGroupsPolicy'),
  sysctls: list(object('Sysctl', { name: string(), value: string() })),
})

/** `spec.os` (v1.PodOS). */
export const podOSShape = object('PodOS', { name: string('v1.OSName') })

const fieldsOf = (shape: FieldShape) => (shape.kind === 'object' ? Object.keys(shape.fields) : [])

/** Container-level fields, excluding `windowsOptions`, which is reported per sub-field. */
export const containerFields: readonly string[] = fieldsOf(containerSecurityContextShape)
  .filter((field) => field !== 'windowsOptions')
  .sort()

/** Fields that exist at both levels, where a container inherits the pod's value. */
export const sharedFields: ReadonlySet<string> = new Set(Object.keys(shared))

/** Fields that exist only in the pod's `securityContext`. */
export const podOnlyFields: readonly string[] = fieldsOf(podSecurityContextShape)
  .filter((field) => !sharedFields.has(field))
  .sort()

/** Fields that exist only in a container's `securityContext`. */
export const containerOnlyFields: readonly string[] = containerFields.filter((field) => !sharedFields.has(field))

/** `windowsOptions` sub-fields, in the order they are reported. */
export const windowsFields: readonly string[] = fieldsOf(windowsOptionsShape).sort()

const maxInt64 = 2 ** 63

/** True when the value has the JSON type the field needs (its contents are not looked at). */
export function fitsShape(value: unknown, shape: FieldShape): boolean {
  switch (shape.kind) {
    case 'bool':
      return typeof value === 'boolean'
    case 'int64':
      return typeof value === 'number' && Number.isInteger(value) && value >= -maxInt64 && value < maxInt64
    case 'string':
      return typeof value === 'string'
    case 'object':
      return isRecord(value)
    case 'list':
      return Array.isArray(value)
  }
}
