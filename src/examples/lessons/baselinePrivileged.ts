import type { Example } from '../types'

/** Baseline control: privileged containers. */
export const baselinePrivileged: Example = {
  id: 'baseline-privileged',
  title: 'Baseline: a privileged container',
  lesson:
    'privileged: true gives a container almost everything root on the node has: all capabilities, every device, no seccomp or ' +
    'AppArmor confinement. It is the first thing Baseline refuses. Only privileged: true fails; false and leaving it out are the same. ' +
    'If a tool really needs one power, such as NET_BIND_SERVICE, add that capability instead.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: privileged
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        privileged: true
`,
  claims: [
    { highestLevel: 'privileged', level: 'baseline', violations: ['privileged'] },
    { effective: { container: 'app', field: 'privileged', value: true, source: 'container' } },
  ],
}
