// PLACEHOLDER (replaced by the Windows-mode work): signature only, so the pipeline can be wired.
import type { Finding, PodTemplate } from '../model'
import type { WindowsReport } from '../types'

/** Whether the pod targets Windows, why, the advice that applies, and Windows-only warnings. */
export function analyseWindows(_pod: PodTemplate): { windows: WindowsReport; findings: Finding[] } {
  return { windows: { targetsWindows: false, signals: [], osName: null, guidance: [] }, findings: [] }
}
