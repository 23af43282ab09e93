/** Chooses the note for one effective field: platform, type and pairing caveats first, then the per-field wording. */
import type { EffectiveValue } from '../model'
import { isRecord, isSet } from '../util/values'
import { containerLinuxOnlyFields } from '../podSpec/linuxOnlyFields'
import { addsSysAdmin, describers, isPrivileged, type Values } from './notes'
import { type FieldShape, containerSecurityContextShape, fitsShape } from '../podSpec/securityContextSchema'

/** What the notes need to know besides the values. */
export interface NoteContext {
  /** More than a guess says the pod runs on Windows nodes. */
  windowsBound: boolean
  /** `spec.os.name` is `linux`. */
  linuxPod: boolean
}

// The Windows kubelet passes none of these to the runtime (windows-reference.md §3.1, §5.7).
const linuxOnly: ReadonlySet<string> = new Set(containerLinuxOnlyFields)

const gmsaPair: ReadonlyMap<string, string> = new Map([
  ['windowsOptions.gmsaCredentialSpec', 'gmsaCredentialSpecName'],
  ['windowsOptions.gmsaCredentialSpecName', 'gmsaCredentialSpec'],
])

function escalationNote(all: Values): string | undefined {
  if (isPrivileged(all)) {
    return 'Privileged container: escalation cannot be prevented; the API server rejects allowPrivilegeEscalation: false together with privileged: true.'
  }
  const sysAdmin = addsSysAdmin(all.capabilities?.value)
  if (sysAdmin === undefined) return undefined
  return (
    `The container adds ${sysAdmin}, which can undo no_new_privs, so the API docs count escalation as always allowed here. ` +
    'The kubelet does not look at capabilities, and the API server rejects false only together with the literal CAP_SYS_ADMIN (kubernetes/kubernetes#119568).'
  )
}

/** The shape of a reported field; `windowsOptions.` fields are looked up inside that mapping. */
function shapeOf(field: string): FieldShape | undefined {
  const [head, sub] = field.split('.')
  const shape = containerSecurityContextShape.kind === 'object' ? containerSecurityContextShape.fields[head] : undefined
  return sub !== undefined && shape?.kind === 'object' ? shape.fields[sub] : shape
}

// Looked up for every field of every container, so each field name is split once.
const shapes = new Map<string, FieldShape | undefined>()

/** Whether a set value has the JSON type of its field. */
function fitsType(field: string, value: unknown): boolean {
  if (!shapes.has(field)) shapes.set(field, shapeOf(field))
  const target = shapes.get(field)
  return target === undefined || !isSet(value) || fitsShape(value, target)
}

/** Object values replace the pod's whole; say which of the pod's keys are lost, as that surprises people. */
function replacedWhole(field: string, value: EffectiveValue): string | undefined {
  if (!isRecord(value.overrides) || !isRecord(value.value)) return undefined
  const mine = value.value
  const lost = Object.keys(value.overrides).filter((key) => !Object.hasOwn(mine, key))
  if (lost.length === 0) return undefined
  return `Replaces the pod's ${field} whole, so the pod's ${lost.join(', ')} does not apply.`
}

/** The note for one effective field, or undefined when the value speaks for itself. */
export function describeField(field: string, value: EffectiveValue, all: Values, context: NoteContext): string | undefined {
  if (value.source !== 'default' && !fitsType(field, value.value)) {
    return 'Not a valid value for this field: the API server rejects the pod (see the problems).'
  }
  if (context.windowsBound && linuxOnly.has(field)) {
    if (value.source === 'default') return 'Linux-only: not used on Windows nodes.'
    if (field === 'runAsUser') {
      return 'Linux-only: ignored on Windows nodes, and older kubelets leave the pod stuck in ContainerCreating; use windowsOptions.runAsUserName.'
    }
    return 'Linux-only: ignored on Windows nodes.'
  }
  if (context.windowsBound && field === 'runAsNonRoot') {
    if (value.source === 'default') return 'Not set: no check; the container may run as ContainerAdministrator.'
    if (value.value === true) {
      return 'The kubelet refuses to start the container if its user is ContainerAdministrator (compared case-insensitively); other administrator accounts are not caught.'
    }
  }
  if (gmsaPair.has(field) && value.source === 'container' && value.value === null) {
    return `Cleared: the container sets only ${gmsaPair.get(field)}, and the two gMSA fields move as a pair, so the pod's value does not apply.`
  }
  if (!context.windowsBound && field.startsWith('windowsOptions.')) {
    if (value.source === 'default') return 'Windows-only: not used on Linux nodes.'
    if (context.linuxPod) return 'Windows-only: ignored on Linux nodes; with spec.os.name: linux the API server rejects it.'
  }
  if (field === 'allowPrivilegeEscalation') {
    const forced = escalationNote(all)
    if (forced !== undefined) return forced
  }
  const describer = describers[field]
  if (describer === undefined) return undefined
  if (value.source === 'default') return describer.unset
  const notes = [describer.set?.(value.value, all), replacedWhole(field, value)].filter((note) => note !== undefined)
  return notes.length > 0 ? notes.join(' ') : undefined
}
