import type { Example } from '../types'

/** Baseline control: sysctls. */
export const baselineSysctls: Example = {
  id: 'baseline-sysctls',
  title: 'Baseline: a kernel setting outside the safe list',
  lesson:
    "spec.securityContext.sysctls tunes kernel parameters for the pod. Only a short list is known to stay inside the pod's own " +
    'namespaces, such as net.ipv4.ip_unprivileged_port_start, and Baseline allows only that list; the list grows with the policy ' +
    'version (the TCP keepalive settings, for one, joined at v1.29). kernel.msgmax is not on it, so the pod fails Baseline. ' +
    'Only the names are checked, never the values.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: sysctls
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    sysctls:
      - name: net.ipv4.ip_unprivileged_port_start
        value: "80"
      - name: kernel.msgmax
        value: "65536"
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['sysctls'] }],
}
