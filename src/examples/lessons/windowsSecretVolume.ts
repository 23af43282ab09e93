import type { Example } from '../types'

/** Secrets on Windows nodes land on disk in clear text. */
export const windowsSecretVolume: Example = {
  id: 'windows-secret-volume',
  title: 'Windows: a Secret volume is written to disk',
  lesson:
    'On Linux, Secret volumes live in tmpfs, in memory. Windows has no tmpfs, so the kubelet writes Secret data in clear text to ' +
    "the node's local disk. Pod Security has no opinion here (secret is an allowed volume type and the pod meets Restricted), but " +
    "node operators should protect that location with file ACLs and encrypt the node's volumes with BitLocker.",
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: windows-secret
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
      volumeMounts:
        - name: credentials
          mountPath: C:\\secrets
          readOnly: true
  volumes:
    - name: credentials
      secret:
        secretName: app-credentials
`,
  claims: [{ highestLevel: 'restricted', guidance: 'secrets-on-node-disk' }],
}
