import type { Example } from '../types'

/** The smallest Linux Pod that meets Restricted. */
export const restrictedPod: Example = {
  id: 'restricted-pod',
  title: 'Restricted: a Pod that meets every control',
  lesson:
    'Beyond Baseline, Restricted asks four things of every container: runAsNonRoot: true, allowPrivilegeEscalation: false, ' +
    'capabilities that drop ALL (adding back NET_BIND_SERVICE at most), and a RuntimeDefault or Localhost seccomp profile. ' +
    'runAsNonRoot and seccompProfile can be set once on the pod and are inherited; the other two exist only on containers. ' +
    'readOnlyRootFilesystem is not required, but it is cheap hardening, so it is here too.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: restricted
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'restricted', violations: [] },
    { effective: { container: 'app', field: 'seccompProfile', value: { type: 'RuntimeDefault' }, source: 'pod' } },
  ],
}
