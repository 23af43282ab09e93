/**
 * The gallery, in teaching order: the basics, every Baseline control, workloads, Windows, then
 * version differences. Loaded lazily by the gallery, so the lessons cost nothing at start-up.
 */
import { baselineAppArmor } from './lessons/baselineAppArmor'
import { baselineCapabilities } from './lessons/baselineCapabilities'
import { baselineHostNamespaces } from './lessons/baselineHostNamespaces'
import { baselineHostPath } from './lessons/baselineHostPath'
import { baselineHostPorts } from './lessons/baselineHostPorts'
import { baselinePrivileged } from './lessons/baselinePrivileged'
import { baselineProbeHost } from './lessons/baselineProbeHost'
import { baselineProcMount } from './lessons/baselineProcMount'
import { baselineSeLinux } from './lessons/baselineSeLinux'
import { baselineSeccomp } from './lessons/baselineSeccomp'
import { baselineSysctls } from './lessons/baselineSysctls'
import { cronJob } from './lessons/cronJob'
import { initAndEphemeral } from './lessons/initAndEphemeral'
import { podVsContainerLinux } from './lessons/podVsContainerLinux'
import { pspMigration } from './lessons/pspMigration'
import { restrictedDeployment } from './lessons/restrictedDeployment'
import { restrictedPod } from './lessons/restrictedPod'
import { userNamespaces } from './lessons/userNamespaces'
import { versionRunAsUserZero } from './lessons/versionRunAsUserZero'
import { versionSeccompFields } from './lessons/versionSeccompFields'
import { windowsHostProcess } from './lessons/windowsHostProcess'
import { windowsRestricted } from './lessons/windowsRestricted'
import { windowsRunAsUserName } from './lessons/windowsRunAsUserName'
import { windowsSecretVolume } from './lessons/windowsSecretVolume'
import type { Example } from './types'

/** Every shipped example. */
export const EXAMPLES: readonly Example[] = [
  restrictedPod,
  podVsContainerLinux,
  windowsRunAsUserName,
  baselinePrivileged,
  baselineCapabilities,
  baselineHostNamespaces,
  baselineHostPath,
  baselineHostPorts,
  baselineProbeHost,
  baselineAppArmor,
  baselineSeLinux,
  baselineSeccomp,
  baselineProcMount,
  baselineSysctls,
  windowsHostProcess,
  restrictedDeployment,
  cronJob,
  initAndEphemeral,
  windowsRestricted,
  windowsSecretVolume,
  userNamespaces,
  versionRunAsUserZero,
  versionSeccompFields,
  pspMigration,
]

/** The example with that id, if any. */
export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id)
}
