/** Manifests the end-to-end specs type into the app. */

/** A Pod whose only fault at restricted is `runAsUser: 0`; that check exists from policy v1.23. */
export const RUN_AS_ROOT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: root-user
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        runAsUser: 0
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
`

/** Windows pod: pod-level runAsUserName ContainerUser, one container overriding it to ContainerAdministrator. */
export const WINDOWS_POD = `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os:
    name: windows
  nodeSelector:
    kubernetes.io/os: windows
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: web
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    - name: admin-tools
      image: mcr.microsoft.com/windows/servercore:ltsc2022
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
`

/** Three documents: two workloads and a ConfigMap that carries no pod spec. */
export const MULTI_DOCUMENT = `apiVersion: v1
kind: Pod
metadata:
  name: first
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: strict
---
apiVersion: batch/v1
kind: Job
metadata:
  name: second
spec:
  template:
    spec:
      restartPolicy: Never
      hostNetwork: true
      containers:
        - name: task
          image: registry.example.com/task:1.0
`
