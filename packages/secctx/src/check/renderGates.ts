/** The "will it run?" lines of an object's text block: one per gate, then the kubelet's findings. */
import type { Gates, KubeletFinding, ObjectReport } from '@secctx/engine'
import type { Palette } from '../colour'
import { escapeControls as safe } from './terminalSafe'

/** One line per gate (API server, Pod Security admission, kubelet), each kubelet finding under its gate. */
export function renderGates(object: ObjectReport, palette: Palette): string[] {
  const { api, admission, kubelet } = object.gates
  const errors = object.problems.filter((problem) => problem.severity === 'error').length
  const lines = [
    `  api server  ${api.accepted ? palette.green('accepted') : `${palette.red('rejected')} ${palette.dim(`(${errors} error${errors === 1 ? '' : 's'} under problems)`)}`}`,
    `  admission   ${renderAdmission(object.kind, admission, palette)}`,
    `  kubelet     ${renderStatus(kubelet.status, palette)}`,
  ]
  for (const finding of kubelet.findings) lines.push(`    ${renderFinding(finding, palette)}`)
  return lines
}

function renderAdmission(kind: string, admission: Gates['admission'], palette: Palette): string {
  if (admission.allowed) return `${palette.green('allowed')} at ${admission.level}`
  const denied = `${palette.red('denied')} at ${admission.level}`
  if (!admission.workload) return denied
  return `${denied} ${palette.dim(`(the ${safe(kind)} is created with a warning, but every pod its controller creates is denied: nothing runs, and the reason shows only as FailedCreate in the controller's events)`)}`
}

function renderStatus(status: Gates['kubelet']['status'], palette: Palette): string {
  if (status === 'starts') return palette.green('starts')
  return status === 'depends' ? palette.yellow('depends') : palette.red('refused')
}

function renderFinding(finding: KubeletFinding, palette: Palette): string {
  const mark = finding.status === 'refused' ? palette.red('✗') : palette.yellow('?')
  const who = finding.container === null ? 'pod' : `container ${safe(finding.container) || '(unnamed)'}`
  const status = finding.status === 'refused' ? 'refused' : `depends on the ${finding.dependsOn}`
  return `${mark} ${palette.bold(who)} ${status}: ${safe(finding.path)} ${palette.dim(`${finding.line}:${finding.column}`)}  ${safe(finding.message)}`
}
