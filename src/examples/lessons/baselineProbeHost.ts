import type { Example } from '../types'

/** Baseline control: host in probes and lifecycle handlers, new in policy v1.34. */
export const baselineProbeHost: Example = {
  id: 'baseline-probe-host',
  title: 'Baseline: a probe that calls another host (v1.34)',
  lesson:
    'The kubelet runs HTTP and TCP probes and lifecycle hooks from the node, so a host field makes the node call any address it ' +
    'can reach, such as a cloud metadata endpoint. Baseline refuses a non-empty host in livenessProbe, readinessProbe, startupProbe, ' +
    'postStart and preStop from policy v1.34. The check is new, so the same pod meets Restricted at v1.33: switch the version to ' +
    "see it. Delete the host line and the probe targets the pod's own IP, as it should.",
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: probe-host
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      livenessProbe:
        httpGet:
          host: 169.254.169.254
          path: /latest/meta-data/
          port: 80
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'privileged', level: 'baseline', violations: ['hostProbesAndHostLifecycle'] },
    { version: 'v1.34', level: 'baseline', violations: ['hostProbesAndHostLifecycle'] },
    { version: 'v1.33', highestLevel: 'restricted' },
  ],
}
