import type { Example } from '../types'

/** Baseline control: AppArmor profiles. */
export const baselineAppArmor: Example = {
  id: 'baseline-apparmor',
  title: 'Baseline: an Unconfined AppArmor profile',
  lesson:
    "AppArmor limits which files, capabilities and sockets a process may use. Baseline accepts the runtime's default profile " +
    '(RuntimeDefault) or a profile loaded on the node (Localhost), and nothing else: Unconfined switches the protection off. ' +
    'Since Kubernetes 1.30 the profile is the securityContext.appArmorProfile field, which replaces the older ' +
    'container.apparmor.security.beta.kubernetes.io/<container> annotation; Pod Security checks the field and the annotation ' +
    'at every policy version. Change Unconfined to RuntimeDefault, or delete the block, and the pod meets Restricted.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: apparmor
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        appArmorProfile:
          type: Unconfined
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['appArmorProfile'] }],
}
