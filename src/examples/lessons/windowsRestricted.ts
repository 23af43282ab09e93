import type { Example } from '../types'

/** An explicit Windows pod meets Restricted from policy v1.25, not before. */
export const windowsRestricted: Example = {
  id: 'windows-restricted-os-name',
  title: 'Windows: Restricted through spec.os.name (v1.25+)',
  lesson:
    'Three Restricted controls are Linux mechanisms: allowPrivilegeEscalation, capabilities and seccomp. From policy v1.25 a pod ' +
    'that sets spec.os.name: windows is exempt from them, and the API server in turn forbids those Linux fields on it. So this pod ' +
    'meets Restricted with runAsNonRoot: true alone. Pin the version to v1.24 and the exemption disappears: the same pod only meets ' +
    'Baseline. Only spec.os.name counts; a nodeSelector steers scheduling but does not make a pod a Windows pod for Pod Security.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: windows-app
spec:
  os:
    name: windows
  nodeSelector:
    kubernetes.io/os: windows
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
  claims: [
    { highestLevel: 'restricted', violations: [], targetsWindows: true },
    { version: 'v1.25', highestLevel: 'restricted' },
    {
      version: 'v1.24',
      highestLevel: 'baseline',
      violations: ['allowPrivilegeEscalation', 'capabilities_restricted', 'seccompProfile_restricted'],
    },
  ],
}
