import type { Example } from '../types'

/** Baseline control: Windows HostProcess containers. */
export const windowsHostProcess: Example = {
  id: 'windows-host-process',
  title: 'Windows: a HostProcess pod',
  lesson:
    'A HostProcess container is a process on the Windows node, with its network, files and devices and no isolation: the Windows ' +
    'counterpart of a privileged Linux container, used for node agents such as CNI plugins or log collectors. The API server ' +
    'requires hostNetwork: true for it, so such a pod always fails two Baseline checks, host namespaces and hostProcess, and only ' +
    'a namespace at the Privileged level admits it. Run it as the least powerful account that works, such as NT AUTHORITY\\Local service.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: node-agent
spec:
  os:
    name: windows
  nodeSelector:
    kubernetes.io/os: windows
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\Local service"
  containers:
    - name: agent
      image: registry.example.com/node-agent:1.0
`,
  claims: [
    { highestLevel: 'privileged', level: 'baseline', violations: ['hostNamespaces', 'windowsHostProcess'] },
    { effective: { container: 'agent', field: 'windowsOptions.hostProcess', value: true, source: 'pod' } },
    { guidance: 'host-process' },
  ],
}
