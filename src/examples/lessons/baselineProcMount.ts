import type { Example } from '../types'

/** Baseline control: procMount, and its v1.35 relaxation inside a user namespace. */
export const baselineProcMount: Example = {
  id: 'baseline-procmount',
  title: 'Baseline: an unmasked /proc',
  lesson:
    'Container runtimes hide sensitive parts of /proc from containers (procMount: Default). Unmasked removes that masking; the API ' +
    "server accepts it only in a pod with its own user namespace (hostUsers: false), where the container's root is not the node's root. " +
    'Up to policy v1.34 Baseline refuses Unmasked regardless. From v1.35 Baseline allows it inside a user namespace, while ' +
    'Restricted keeps refusing it through a check of its own (procMount_restricted). Compare latest with v1.34.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: unmasked-proc
spec:
  hostUsers: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: builder
      image: registry.example.com/builder:1.0
      securityContext:
        procMount: Unmasked
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'baseline', violations: ['procMount_restricted'] },
    { version: 'v1.34', highestLevel: 'privileged', level: 'baseline', violations: ['procMount'] },
  ],
}
