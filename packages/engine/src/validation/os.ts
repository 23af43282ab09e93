/** `validateOS`, then `validateLinux` or `validateWindows`, which only run when the OS name is valid. */
import type { Finding } from '../model'
import { podContainers } from '../util/podContainers'
import { isRecord, isSet, own } from '../util/values'
import { forbidden, rejected, required, unsupported } from './fieldErrors'
import { setLinuxOnlyFields } from '../podSpec/linuxOnlyFields'

function windowsOptionsOnLinux(spec: Record<string, unknown>): Finding[] {
  const levels = [
    { path: ['spec', 'securityContext'], context: own(spec, 'securityContext') },
    ...podContainers(spec).map((c) => ({ path: [...c.path, 'securityContext'], context: own(c.container, 'securityContext') })),
  ]
  return levels.flatMap(({ path, context }) => {
    if (!isSet(own(context, 'windowsOptions'))) return []
    const fieldPath = [...path, 'windowsOptions']
    return [rejected('windows-options-on-linux', fieldPath, forbidden(fieldPath, 'windows options cannot be set for a linux pod'))]
  })
}

function linuxFieldsOnWindows(spec: Record<string, unknown>): Finding[] {
  return setLinuxOnlyFields(spec).map((path) => rejected('linux-field-on-windows', path, forbidden(path, 'cannot be set for a windows pod')))
}

/** API errors that come from `spec.os`; nothing when it is unset. */
export function validateOS(spec: Record<string, unknown>): Finding[] {
  const os = own(spec, 'os')
  if (!isRecord(os)) return []
  const name = own(os, 'name')
  if (isSet(name) && typeof name !== 'string') return []
  if (!isSet(name) || name === '') return [rejected('os-name', ['spec', 'os', 'name'], required(['spec', 'os', 'name'], 'cannot be empty'))]
  if (name === 'linux') return windowsOptionsOnLinux(spec)
  if (name === 'windows') return linuxFieldsOnWindows(spec)
  return [rejected('os-name', ['spec', 'os'], unsupported(['spec', 'os'], name, ['linux', 'windows']))]
}
