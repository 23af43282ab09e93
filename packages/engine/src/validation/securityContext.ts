/** `ValidateSecurityContext` and `validatePodSpecSecurityContext`: the value checks, in upstream order. */
import type { Finding } from '../model'
import type { FieldPath } from '../types'
import { asArray, isRecord, own } from '../util/values'
import { invalid, rejected, unsupported } from './fieldErrors'
import { validateAppArmorProfile, validateSeccompProfile } from './profiles'
import { validateWindowsOptions } from './windowsOptions'

const maxId = 2147483647

/** `IsValidUserID` / `IsValidGroupID`: 0 to MaxInt32. Non-integers are the decoder's problem. */
function idRange(value: unknown, path: FieldPath): Finding[] {
  if (typeof value !== 'number' || !Number.isInteger(value) || (value >= 0 && value <= maxId)) return []
  return [rejected('id-range', path, invalid(path, value, `must be between 0 and ${maxId}, inclusive`))]
}

function procMount(value: unknown, path: FieldPath, hostUsers: boolean): Finding[] {
  if (typeof value !== 'string') return []
  const out: Finding[] = []
  if (value !== 'Default' && value !== 'Unmasked') out.push(rejected('procMount', path, unsupported(path, value, ['Default', 'Unmasked'])))
  if (hostUsers && value === 'Unmasked') {
    out.push(rejected('procMount', path, invalid(path, value, '`hostUsers` must be false to use `Unmasked`')))
  }
  return out
}

/** Upstream prints the whole internal struct as the bad value here; the playground abbreviates it. */
const wholeContext = '{...}'

function escalation(context: Record<string, unknown>, path: FieldPath): Finding[] {
  if (own(context, 'allowPrivilegeEscalation') !== false) return []
  const out: Finding[] = []
  if (own(context, 'privileged') === true) {
    const message = invalid(path, null, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true', wholeContext)
    out.push(rejected('allowPrivilegeEscalation', path, message))
  }
  // Only this exact spelling is rejected; SYS_ADMIN, the usual spelling, passes (kubernetes/kubernetes#119568).
  for (const capability of asArray(own(own(context, 'capabilities'), 'add'))) {
    if (capability !== 'CAP_SYS_ADMIN') continue
    const message = invalid(path, null, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN', wholeContext)
    out.push(rejected('allowPrivilegeEscalation', path, message))
  }
  return out
}

/** Value checks for a container's `securityContext` at `path`; `hostUsers` is false only when the pod sets `hostUsers: false`. */
export function validateContainerSecurityContext(context: unknown, path: FieldPath, hostUsers: boolean): Finding[] {
  if (!isRecord(context)) return []
  const at = (field: string) => [...path, field]
  return [
    ...idRange(own(context, 'runAsUser'), at('runAsUser')),
    ...idRange(own(context, 'runAsGroup'), at('runAsGroup')),
    ...procMount(own(context, 'procMount'), at('procMount'), hostUsers),
    ...validateSeccompProfile(own(context, 'seccompProfile'), at('seccompProfile')),
    ...escalation(context, path),
    ...validateWindowsOptions(own(context, 'windowsOptions'), at('windowsOptions')),
    ...validateAppArmorProfile(own(context, 'appArmorProfile'), at('appArmorProfile')),
  ]
}

/** Value checks for `spec.securityContext` at `path`. */
export function validatePodSecurityContext(context: unknown, path: FieldPath): Finding[] {
  if (!isRecord(context)) return []
  const at = (field: string) => [...path, field]
  const groups = asArray(own(context, 'supplementalGroups')).flatMap((gid, index) => idRange(gid, [...at('supplementalGroups'), index]))
  const seLinuxChangePolicy = own(context, 'seLinuxChangePolicy')
  const changePolicy =
    typeof seLinuxChangePolicy === 'string' && seLinuxChangePolicy !== 'MountOption' && seLinuxChangePolicy !== 'Recursive'
      ? [rejected('seLinuxChangePolicy', at('seLinuxChangePolicy'), unsupported(at('seLinuxChangePolicy'), seLinuxChangePolicy, ['MountOption', 'Recursive']))]
      : []
  return [
    ...idRange(own(context, 'fsGroup'), at('fsGroup')),
    ...idRange(own(context, 'runAsUser'), at('runAsUser')),
    ...idRange(own(context, 'runAsGroup'), at('runAsGroup')),
    ...groups,
    ...validateSeccompProfile(own(context, 'seccompProfile'), at('seccompProfile')),
    ...validateWindowsOptions(own(context, 'windowsOptions'), at('windowsOptions')),
    ...validateAppArmorProfile(own(context, 'appArmorProfile'), at('appArmorProfile')),
    ...changePolicy,
  ]
}
