/**
 * A deterministic `kubectl get ns,pods,deploy -A -o yaml`-style dump: one List of Namespaces (with
 * pod-security labels of every kind, some invalid, some missing) followed by their pods and
 * Deployments at every level, for `secctx plan`'s test and bench row.
 */

const LEVEL_LABELS = ['privileged', 'baseline', 'restricted', 'Restricted', 'strict', '']
const VERSION_LABELS = ['latest', 'v1.22', 'v1.30', 'v1.35', 'v1.99', 'v1.05', '1.30']
const CONTEXTS = [
  // restricted
  '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}',
  // baseline (nothing set)
  '{}',
  // privileged
  '{privileged: true}',
  // restricted until v1.23 (root user)
  '{runAsUser: 0, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}',
]

/** The dump's text: `namespaces` Namespaces, then `objects` Pods and Deployments spread over them. */
export function namespaceDump(namespaces = 50, objects = 2000): string {
  const items: string[] = []
  for (let n = 0; n < namespaces; n++) {
    const labels: string[] = []
    // Every fifth namespace is unlabelled; the rest cycle through valid and invalid values.
    if (n % 5 !== 0) {
      labels.push(`pod-security.kubernetes.io/enforce: "${LEVEL_LABELS[n % LEVEL_LABELS.length]}"`)
      if (n % 2 === 0) labels.push(`pod-security.kubernetes.io/enforce-version: "${VERSION_LABELS[n % VERSION_LABELS.length]}"`)
      if (n % 3 === 0) labels.push(`pod-security.kubernetes.io/audit: "${LEVEL_LABELS[(n + 2) % LEVEL_LABELS.length]}"`)
      if (n % 4 === 0)
        labels.push(
          `pod-security.kubernetes.io/warn: "${LEVEL_LABELS[(n + 1) % LEVEL_LABELS.length]}"`,
          `pod-security.kubernetes.io/warn-version: "${VERSION_LABELS[(n + 3) % VERSION_LABELS.length]}"`,
        )
    }
    items.push(`- apiVersion: v1
  kind: Namespace
  metadata:
    name: team-${n}
    labels:
      kubernetes.io/metadata.name: team-${n}${labels.map((label) => `\n      ${label}`).join('')}`)
  }
  for (let i = 0; i < objects; i++) {
    const namespace = `team-${i % namespaces}`
    // Each namespace has one level of pods, with a stray privileged one in every seventh.
    const n = i % namespaces
    const context = CONTEXTS[n % 7 === 6 && i % 3 === 0 ? 2 : n % CONTEXTS.length]
    if (i % 10 === 9) {
      items.push(`- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web-${i}, namespace: ${namespace}}
  spec:
    selector: {matchLabels: {app: web-${i}}}
    template:
      metadata: {labels: {app: web-${i}}}
      spec:
        containers:
        - {name: app, image: nginx, securityContext: ${context}}`)
    } else {
      items.push(`- apiVersion: v1
  kind: Pod
  metadata: {name: pod-${i}, namespace: ${namespace}}
  spec:
    containers:
    - {name: app, image: nginx, securityContext: ${context}}
    - {name: sidecar, image: envoy, securityContext: ${CONTEXTS[0]}}`)
    }
  }
  return `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n`
}
