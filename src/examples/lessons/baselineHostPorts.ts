import type { Example } from '../types'

/** Baseline control: host ports. */
export const baselineHostPorts: Example = {
  id: 'baseline-host-ports',
  title: 'Baseline: binding a port on the node',
  lesson:
    'hostPort opens a port on the node itself and forwards it to the container, bypassing Services and most network policies, ' +
    'and two pods asking for the same host port cannot share a node. Baseline refuses any non-zero hostPort. Keep containerPort ' +
    'and expose the app through a Service instead.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: host-port
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      ports:
        - containerPort: 8080
          hostPort: 8080
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['hostPorts'] }],
}
