/** The Namespace whose Pod Security labels enforce, audit and warn at one level and version. */
import type { TargetLevel } from '../../store/types'

export function namespaceLabelsYaml(level: TargetLevel, version: string, namespace: string | null): string {
  const lines = ['apiVersion: v1', 'kind: Namespace', 'metadata:', `  name: ${namespace ?? 'my-namespace'}`, '  labels:']
  for (const mode of ['enforce', 'audit', 'warn']) {
    lines.push(`    pod-security.kubernetes.io/${mode}: ${level}`)
    lines.push(`    pod-security.kubernetes.io/${mode}-version: ${version}`)
  }
  return `${lines.join('\n')}\n`
}
