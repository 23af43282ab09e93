import type { Example } from '../types'

/** Pod-level runAsUser and runAsNonRoot are defaults; each container's own value wins. */
export const podVsContainerLinux: Example = {
  id: 'pod-vs-container-linux',
  title: 'Pod or container: which runAsUser and runAsNonRoot apply',
  lesson:
    'A pod-level securityContext sets defaults, and each container may override them field by field. app sets nothing and runs as ' +
    "the pod's user 1000; tool sets runAsUser: 2000, which wins for tool alone. The same goes for runAsNonRoot: debug says false, " +
    "and its own false beats the pod's true. Restricted requires runAsNonRoot to be true for every container, so debug alone costs " +
    'the pod its Restricted verdict; remove that line and the pod meets Restricted again.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: precedence
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
    - name: tool
      image: registry.example.com/tool:1.0
      securityContext:
        runAsUser: 2000
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
    - name: debug
      image: registry.example.com/debug:1.0
      securityContext:
        runAsNonRoot: false
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'baseline', violations: ['runAsNonRoot'] },
    { effective: { container: 'app', field: 'runAsUser', value: 1000, source: 'pod' } },
    { effective: { container: 'tool', field: 'runAsUser', value: 2000, source: 'container' } },
    { effective: { container: 'app', field: 'runAsNonRoot', value: true, source: 'pod' } },
    { effective: { container: 'debug', field: 'runAsNonRoot', value: false, source: 'container' } },
  ],
}
