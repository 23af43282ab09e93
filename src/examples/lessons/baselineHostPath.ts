import type { Example } from '../types'

/** Baseline control: hostPath volumes. */
export const baselineHostPath: Example = {
  id: 'baseline-hostpath',
  title: "Baseline: mounting the node's filesystem",
  lesson:
    "A hostPath volume mounts a directory of the node into the container. Even read-only, the node's logs and configuration " +
    'can leak secrets, and a writable mount of the wrong path hands over the node. Baseline refuses any hostPath volume. ' +
    'Restricted reports the same volume differently: it allows only a short list of volume types (configMap, csi, downwardAPI, ' +
    'emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret), so there it shows up as a restricted volume type.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: host-logs
spec:
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
      volumeMounts:
        - name: logs
          mountPath: /host/logs
          readOnly: true
  volumes:
    - name: logs
      hostPath:
        path: /var/log
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['hostPathVolumes'] }, { violations: ['restrictedVolumes'] }],
}
