import type { Example } from '../types'

/** Baseline control: added capabilities. */
export const baselineCapabilities: Example = {
  id: 'baseline-capabilities',
  title: 'Baseline: adding NET_ADMIN',
  lesson:
    "Linux capabilities split root's power into pieces. Baseline lets a container add only the capabilities that container " +
    'runtimes grant by default anyway (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, ' +
    'SETGID, SETPCAP, SETUID, SYS_CHROOT), so CHOWN passes and NET_ADMIN, which can reconfigure the network, does not. Restricted ' +
    'goes further from policy v1.22: drop ALL, and add back NET_BIND_SERVICE at most, so even CHOWN has to go.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: capabilities
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
          add: ["CHOWN", "NET_ADMIN"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['capabilities_baseline'] }, { violations: ['capabilities_restricted'] }],
}
