import type { Example } from '../types'

/** Baseline control: host namespaces. */
export const baselineHostNamespaces: Example = {
  id: 'baseline-host-namespaces',
  title: "Baseline: sharing the node's process namespace",
  lesson:
    "hostNetwork, hostPID and hostIPC put the pod into the node's own network, process or IPC namespace. With hostPID: true the " +
    "container sees every process on the node, including other pods' and the kubelet's, and can signal or inspect them. " +
    'Baseline refuses all three. Delete the hostPID line and the pod meets Restricted.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: host-pid
spec:
  hostPID: true
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['hostNamespaces'] }],
}
