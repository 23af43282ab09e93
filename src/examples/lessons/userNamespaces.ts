import type { Example } from '../types'

/** hostUsers: false relaxes runAsNonRoot and runAsUser from policy v1.35. */
export const userNamespaces: Example = {
  id: 'user-namespaces',
  title: 'User namespaces: root in the pod, not on the node (v1.35)',
  lesson:
    'With hostUsers: false the pod gets its own user namespace: UID 0 inside maps to an unprivileged UID on the node. From policy ' +
    'v1.35 Pod Security takes that into account and no longer requires runAsNonRoot or forbids runAsUser: 0 in such a pod, so this ' +
    'image that must run as root meets Restricted. At v1.34 and earlier the same pod fails both checks; compare the versions. ' +
    'Every other Restricted control still applies.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: userns
spec:
  hostUsers: false
  securityContext:
    runAsUser: 0
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/needs-root:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'restricted', violations: [] },
    { version: 'v1.35', highestLevel: 'restricted' },
    { version: 'v1.34', highestLevel: 'baseline', violations: ['runAsNonRoot', 'runAsUser'] },
  ],
}
