import type { Example } from '../types'

/** Baseline control: SELinux options. */
export const baselineSeLinux: Example = {
  id: 'baseline-selinux',
  title: 'Baseline: a super-privileged SELinux type',
  lesson:
    'On SELinux nodes every container process carries a type that decides what it may touch. Baseline allows only the container ' +
    'types container_t, container_init_t and container_kvm_t, plus container_engine_t from policy v1.31, and forbids setting ' +
    'the SELinux user or role at all. spc_t, the "super privileged container" type, is not confined, so Baseline refuses it. ' +
    'The pod-level and container-level options are checked separately, with no inheritance.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: selinux
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        seLinuxOptions:
          type: spc_t
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`,
  claims: [{ highestLevel: 'privileged', level: 'baseline', violations: ['seLinuxOptions'] }],
}
