import type { Example } from '../types'

/** Seccomp moved from annotations to fields in policy v1.19. */
export const versionSeccompFields: Example = {
  id: 'version-seccomp-fields',
  title: 'Versions: seccomp annotations before v1.19, fields after',
  lesson:
    'Before Kubernetes 1.19 seccomp was configured with the seccomp.security.alpha.kubernetes.io/pod annotation. Policy v1.18 ' +
    'and earlier read that annotation and do not require a profile at Restricted, so this pod meets Restricted at v1.18. From ' +
    'v1.19 Pod Security ignores the annotation and Restricted requires the securityContext.seccompProfile field, which this pod ' +
    "lacks. Replace the annotation with seccompProfile.type: RuntimeDefault in the pod's securityContext.",
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: seccomp-annotation
  annotations:
    seccomp.security.alpha.kubernetes.io/pod: runtime/default
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  settings: { version: 'v1.18' },
  claims: [
    { highestLevel: 'restricted', violations: [] },
    { version: 'v1.19', highestLevel: 'baseline', violations: ['seccompProfile_restricted'] },
  ],
}
