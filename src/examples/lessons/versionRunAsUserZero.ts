import type { Example } from '../types'

/** runAsUser: 0 is refused by Restricted only from policy v1.23. */
export const versionRunAsUserZero: Example = {
  id: 'version-run-as-user-zero',
  title: 'Versions: runAsUser: 0 before and after v1.23',
  lesson:
    'Up to policy v1.22 Restricted only asked for runAsNonRoot: true, which the kubelet enforces when it starts the container. ' +
    'A pod that also said runAsUser: 0 passed admission and then failed to start. Policy v1.23 added the runAsUser check, so ' +
    'admission now refuses an explicit 0 up front, at pod or container level. The version opens at v1.22; move it to v1.23.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: uid-zero
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        runAsUser: 0
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  settings: { version: 'v1.22' },
  claims: [
    { highestLevel: 'restricted' },
    { version: 'v1.23', highestLevel: 'baseline', violations: ['runAsUser'] },
    { version: 'latest', violations: ['runAsUser'] },
  ],
}
