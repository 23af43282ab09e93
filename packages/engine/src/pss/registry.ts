/** The check registry: which checks run at a level and version, in upstream's order. */
import type { CheckedLevel } from '../types'
import { allowPrivilegeEscalation } from './checks/allowPrivilegeEscalation'
import { appArmorProfile } from './checks/appArmorProfile'
import { capabilitiesBaseline } from './checks/capabilitiesBaseline'
import { capabilitiesRestricted } from './checks/capabilitiesRestricted'
import { hostNamespaces } from './checks/hostNamespaces'
import { hostPathVolumes } from './checks/hostPathVolumes'
import { hostPorts } from './checks/hostPorts'
import { hostProbesAndHostLifecycle } from './checks/hostProbesAndHostLifecycle'
import { privileged } from './checks/privileged'
import { procMount } from './checks/procMount'
import { procMountRestricted } from './checks/procMountRestricted'
import { restrictedVolumes } from './checks/restrictedVolumes'
import { runAsNonRoot } from './checks/runAsNonRoot'
import { runAsUser } from './checks/runAsUser'
import { seccompProfileBaseline } from './checks/seccompProfileBaseline'
import { seccompProfileRestricted } from './checks/seccompProfileRestricted'
import { seLinuxOptions } from './checks/seLinuxOptions'
import { sysctls } from './checks/sysctls'
import type { Check, CheckVariant } from './checks/types'
import { windowsHostProcess } from './checks/windowsHostProcess'
import { compareBytes } from './format'
import { effectiveMinor } from './version'

const byLevelThenId = (a: Check, b: Check) => (a.level === b.level ? compareBytes(a.id, b.id) : a.level === 'baseline' ? -1 : 1)

/** All 19 checks in upstream order: baseline ids byte-sorted, then restricted ids byte-sorted. */
export const CHECKS: readonly Check[] = [
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seLinuxOptions,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
].sort(byLevelThenId)

/** The variant of a check in force at a policy minor, or undefined when the check is not yet active. */
export function activeVariant(check: Check, minor: number): CheckVariant | undefined {
  let active: CheckVariant | undefined
  for (const variant of check.variants) if (variant.minVersion <= minor) active = variant
  return active
}

/** One check as it runs at a level and version. */
export interface ActiveCheck {
  check: Check
  variant: CheckVariant
}

const cache = new Map<string, readonly ActiveCheck[]>()

/** The checks that run at a level and policy minor, in upstream order, with overrides applied for restricted. */
export function checksFor(level: CheckedLevel, minor: number): readonly ActiveCheck[] {
  const effective = effectiveMinor({ label: '', minor })
  const key = `${level}:${effective}`
  const cached = cache.get(key)
  if (cached) return cached
  const active: ActiveCheck[] = []
  for (const check of CHECKS) {
    if (level === 'baseline' && check.level !== 'baseline') continue
    const variant = activeVariant(check, effective)
    if (variant) active.push({ check, variant })
  }
  // Overrides are read from the restricted variants active at this very version.
  const overridden = new Set(level === 'restricted' ? active.flatMap((a) => a.variant.overrides ?? []) : [])
  const selected = active.filter((a) => !(a.check.level === 'baseline' && overridden.has(a.check.id)))
  cache.set(key, selected)
  return selected
}

/** The newest minimum version over all variants: the policy that `latest` means. */
export function newestVariantVersion(): number {
  return Math.max(...CHECKS.flatMap((check) => check.variants.map((variant) => variant.minVersion)))
}
