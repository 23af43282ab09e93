// PLACEHOLDER (replaced by the effective-context work): signature only, so the pipeline can be wired.
import type { ContainerContext, PodTemplate, PodValue } from '../model'

/** Effective security context of every container, in visiting order, and the pod-only fields. */
export function resolveSecurityContexts(_pod: PodTemplate): {
  containers: ContainerContext[]
  pod: Record<string, PodValue>
} {
  return { containers: [], pod: {} }
}
