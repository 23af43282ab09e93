import type { Example } from '../types'

/** The pod-level Windows user is a default that a container can override. */
export const windowsRunAsUserName: Example = {
  id: 'windows-run-as-user-name',
  title: 'Windows: pod user ContainerUser, one container overrides it',
  lesson:
    'On Windows, windowsOptions.runAsUserName chooses the account a container runs as. Set on the pod it is only a default: ' +
    'here the pod asks for ContainerUser, the app container names ContainerAdministrator, and the container wins, so app runs ' +
    'as the administrator of its container while logs inherits ContainerUser. Pod Security Admission never reads user names, so ' +
    'this explicit Windows pod with runAsNonRoot: true still meets Restricted. The kubelet does read them: with runAsNonRoot: true ' +
    'it refuses to start a container whose user is ContainerAdministrator, so app would never start. Delete the override and both run as ContainerUser.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: iis
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
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
    - name: logs
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
  claims: [
    { highestLevel: 'restricted', targetsWindows: true },
    { effective: { container: 'app', field: 'windowsOptions.runAsUserName', value: 'ContainerAdministrator', source: 'container' } },
    { effective: { container: 'logs', field: 'windowsOptions.runAsUserName', value: 'ContainerUser', source: 'pod' } },
    { effective: { container: 'app', field: 'runAsNonRoot', value: true, source: 'pod' } },
    { guidance: 'container-administrator' },
  ],
}
