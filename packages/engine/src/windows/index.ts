/** Windows mode: whether the pod targets Windows, why, the advice that applies, and Windows-only warnings. */
import type { ContainerContext, Finding, PodTemplate } from '../model'
import { resolveSecurityContexts } from '../securityContext'
import type { WindowsReport } from '../types'
import { selectGuidance } from './guidance'
import { detectWindowsSignals, signalList } from '../podSpec/windowsSignals'
import { windowsWarnings } from './warnings'

/**
 * Whether the pod targets Windows, why, the advice that applies, and Windows-only warnings. A caller
 * that already resolved the effective contexts of `pod` passes them, so they are not resolved twice.
 */
export function analyseWindows(pod: PodTemplate, containers?: readonly ContainerContext[]): { windows: WindowsReport; findings: Finding[] } {
  const signals = detectWindowsSignals(pod)
  const list = signalList(signals)
  const targetsWindows = list.length > 0
  const guidance = targetsWindows ? selectGuidance(pod, containers ?? resolveSecurityContexts(pod).containers) : []
  return {
    windows: { targetsWindows, signals: list, osName: signals.osName, guidance },
    findings: windowsWarnings(pod, signals),
  }
}
