/** What kubectl prints when Pod Security Admission rejects a Pod or warns about a workload. */
import type { CheckFailure } from './model'
import { formatFailures, formatLevelVersion, type PolicyVersion } from './pss'
import type { CheckedLevel } from './types'

/**
 * The kubectl message for failures at a level, or null when there are none. Pods are denied
 * (enforce); every other kind is only warned about, since controllers are never denied.
 */
export function kubectlMessage(
  kind: string,
  name: string | null,
  level: CheckedLevel,
  version: PolicyVersion,
  failures: readonly CheckFailure[],
): string | null {
  if (failures.length === 0) return null
  const policy = `"${formatLevelVersion(level, version)}"`
  const detail = formatFailures(failures)
  if (kind !== 'Pod') return `Warning: would violate PodSecurity ${policy}: ${detail}`
  // The API server's Forbidden error quotes the name with Go's %q; names are DNS subdomains, for which JSON quoting is identical.
  const subject = name ? `pods ${JSON.stringify(name)}` : 'pods'
  return `${subject} is forbidden: violates PodSecurity ${policy}: ${detail}`
}
