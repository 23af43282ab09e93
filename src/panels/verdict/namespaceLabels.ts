/** The Namespace whose Pod Security labels enforce, audit and warn at one level and version. */
import { POD_SECURITY_LABEL_PREFIX, POD_SECURITY_MODES } from '@secctx/engine'
import type { TargetLevel } from '../../store/types'

/** A Namespace manifest (named `namespace`, else `my-namespace`) labelled for every mode at `level` and `version`. */
export function namespaceLabelsYaml(level: TargetLevel, version: string, namespace: string | null): string {
  const lines = ['apiVersion: v1', 'kind: Namespace', 'metadata:', `  name: ${namespace ?? 'my-namespace'}`, '  labels:']
  for (const mode of POD_SECURITY_MODES) {
    lines.push(`    ${POD_SECURITY_LABEL_PREFIX}${mode}: ${level}`)
    lines.push(`    ${POD_SECURITY_LABEL_PREFIX}${mode}-version: ${version}`)
  }
  return `${lines.join('\n')}\n`
}
