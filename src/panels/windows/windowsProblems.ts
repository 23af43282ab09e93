/** Sorts an object's API problems into the two lists the Windows panel shows, by the engine's problem codes. */
import type { Problem } from '@secctx/engine'

/** Linux-only fields a Windows pod may not set (error) or that Windows nodes silently ignore (warning). */
const LINUX_ONLY_CODES = new Set(['linux-field-on-windows', 'ignored-on-windows', 'run-as-user-on-windows'])

/** The Windows settings themselves: windowsOptions, hostProcess, spec.os and Windows placement. */
const WINDOWS_CODES = new Set([
  'runAsUserName',
  'gmsaCredentialSpecName',
  'gmsaCredentialSpec',
  'hostProcess',
  'windows-options-on-linux',
  'os-name',
  'os-name-missing',
  'os-mismatch',
  'no-windows-node-selector',
])

export interface WindowsProblems {
  validation: Problem[]
  linuxOnly: Problem[]
}

export function splitWindowsProblems(problems: readonly Problem[]): WindowsProblems {
  return {
    validation: problems.filter((problem) => WINDOWS_CODES.has(problem.code) || problem.path.includes('windowsOptions')),
    linuxOnly: problems.filter((problem) => LINUX_ONLY_CODES.has(problem.code)),
  }
}
