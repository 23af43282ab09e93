import type { Example } from '../types'

/** Baseline control: seccomp profiles, with a container overriding the pod. */
export const baselineSeccomp: Example = {
  id: 'baseline-seccomp',
  title: 'Baseline: a container that switches seccomp off',
  lesson:
    "seccomp filters the system calls a process may make. The pod asks for the runtime's default filter, but the app container " +
    "sets its own profile, Unconfined, and a container's own profile always wins over the pod's. Baseline does not require " +
    'a profile, but it refuses Unconfined wherever it is written; Restricted also requires every container to end up with ' +
    "RuntimeDefault or Localhost. Delete the container's seccompProfile and it inherits the pod's RuntimeDefault.",
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: seccomp
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        seccompProfile:
          type: Unconfined
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [
    { highestLevel: 'privileged', level: 'baseline', violations: ['seccompProfile_baseline'] },
    { violations: ['seccompProfile_restricted'] },
    { effective: { container: 'app', field: 'seccompProfile', value: { type: 'Unconfined' }, source: 'container' } },
  ],
}
