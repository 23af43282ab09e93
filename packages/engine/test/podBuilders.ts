/** Pod builders shared by the Pod Security unit tests (src/pss/); the engine never imports this file. */
import type { CheckFailure, PodTemplate } from '../src/model'
import type { CheckedLevel } from '../src/types'
import type { CheckOutcome } from '../src/pss/checks/types'
import { evaluatePodSecurity } from '../src/pss/index'
import { podView } from '../src/pss/podView'
import { CHECKS, activeVariant } from '../src/pss/registry'
import { LATEST_MINOR } from '../src/pss/version'

/** A pod template from a spec and optional annotations. */
export function pod(spec: Record<string, unknown>, annotations?: Record<string, unknown>): PodTemplate {
  return { metadata: annotations ? { annotations } : {}, spec }
}

/** A container with a name, a securityContext (omitted when undefined) and any other fields. */
export function container(name: string, securityContext?: unknown, more: Record<string, unknown> = {}): Record<string, unknown> {
  return securityContext === undefined ? { name, ...more } : { name, securityContext, ...more }
}

/** A container that passes every restricted container-level check. */
export function hardened(name: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return container(name, { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }, more)
}

/** The pod-level securityContext of upstream's restricted base fixture. */
export const RESTRICTED_POD_CONTEXT = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }

/** Runs one check alone, at the variant active for the minor; null when it passes or is not yet active. */
export function runCheck(id: string, template: PodTemplate, minor = LATEST_MINOR): CheckOutcome | null {
  const check = CHECKS.find((c) => c.id === id)
  if (!check) throw new Error(`no check ${id}`)
  return activeVariant(check, minor)?.evaluate(podView(template)) ?? null
}

/** Evaluates a whole level at a minor, labelled `v1.<minor>`. */
export function evaluateAt(level: CheckedLevel, minor: number, template: PodTemplate): CheckFailure[] {
  return evaluatePodSecurity(template, level, { label: `v1.${minor}`, minor })
}

/** The ids of the failing checks at a level and minor. */
export function failingIds(level: CheckedLevel, minor: number, template: PodTemplate): string[] {
  return evaluateAt(level, minor, template).map((f) => f.check)
}
