import type { Example } from '../types'

/** From PodSecurityPolicy to the built-in Pod Security Admission labels. */
export const pspMigration: Example = {
  id: 'psp-migration',
  title: 'Migrating from PodSecurityPolicy to namespace labels',
  lesson:
    'PodSecurityPolicy was removed in Kubernetes 1.25. Its built-in successor, Pod Security Admission, needs no policy objects or ' +
    "RBAC: labels on each namespace choose a level per mode. enforce rejects pods, warn and audit only report, and each mode's " +
    '-version label pins the policy revision so an upgrade cannot tighten it by surprise. A safe migration maps each PSP to the ' +
    'nearest level, labels namespaces in warn and audit mode first, fixes what they report, then turns on enforce. Pod Security ' +
    'only validates: whatever a PSP used to add to pods (a default seccomp profile, dropped capabilities) must now be written in the ' +
    'pod spec itself. The playground opens at baseline and v1.30 to match the enforce labels below; the Deployment meets them, and ' +
    'the restricted warn label would still report it.',
  manifest: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/enforce-version: v1.30
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/warn-version: latest
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: registry.example.com/shop:4.1
`,
  settings: { version: 'v1.30', level: 'baseline' },
  claims: [
    { highestLevel: 'baseline' },
    {
      version: 'latest',
      violations: ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted'],
    },
  ],
}
