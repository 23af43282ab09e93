// PLACEHOLDER (replaced by the API-validation work): signature only, so the pipeline can be wired.
import type { Finding, PodTemplate } from '../model'

/** API-level problems of a pod template: misplaced fields, Windows and OS field rules. */
export function validatePodTemplate(_pod: PodTemplate): Finding[] {
  return []
}
