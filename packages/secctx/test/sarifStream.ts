/** A varied stream for SARIF tests: every Pod Security check, API problems, kubelet outcomes, an input error, several files. */

/** One Pod that fails all 19 checks at the latest policy (and has API problems and a kubelet finding too). */
export const EVERY_CHECK = `apiVersion: v1
kind: Pod
metadata:
  name: everything
  namespace: playground
  annotations:
    container.apparmor.security.beta.kubernetes.io/app: unconfined
spec:
  hostNetwork: true
  hostPID: true
  securityContext:
    runAsNonRoot: false
    runAsUser: 0
    seccompProfile: {type: Unconfined}
    seLinuxOptions: {type: spc_t}
    sysctls:
      - {name: kernel.msgmax, value: "65536"}
    windowsOptions: {hostProcess: true}
  volumes:
    - name: root
      hostPath: {path: /}
    - name: share
      nfs: {server: nfs.example, path: /export}
  containers:
    - name: app
      image: app:1
      ports:
        - {containerPort: 8080, hostPort: 8080}
      livenessProbe:
        httpGet: {host: metadata.internal, port: 80, path: /}
      securityContext:
        privileged: true
        allowPrivilegeEscalation: true
        procMount: Unmasked
        capabilities: {add: [SYS_ADMIN]}
`

/** A Windows Deployment with Linux fields, a CronJob with decoding errors and kubelet findings, a workload without a template, a List item with a duplicate key. */
export const PROBLEMS_AND_GATES = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      os: {name: windows}
      securityContext:
        runAsNonRoot: true
        seLinuxOptions: {type: container_t}
      containers:
        - name: web
          image: web:1
          securityContext:
            runAsUser: 1000
            windowsOptions: {runAsUserName: ContainerAdministrator}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          securityContext:
            runAsNonRoot: true
            seccompProfile: {type: Localhost, localhostProfile: profiles/nightly.json}
          containers:
            - name: job
              image: job:1
              imagePullPolicy: Always
              securityContext:
                allowPrivilegeEscalation: "false"
                capabilities: {drop: [ALL]}
                runAsUser: 0
                fsGroup: 10
                privilegd: true
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: empty
spec:
  replicas: 1
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: listed
      labels: {app: a}
      labels: {app: b}
    spec:
      containers:
        - name: c
          image: c:1
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
            privileged: true
`

/** A good document, then one that is not YAML. */
export const BROKEN = `apiVersion: v1
kind: Pod
metadata:
  name: fine
spec:
  containers:
    - name: c
      image: c:1
---
metadata: {name: [broken
`

/** The stream's files by name, as given on the command line; the same Deployment name in two folders. */
export const STREAM_FILES: Readonly<Record<string, string>> = {
  'k8s/pods.yaml': EVERY_CHECK,
  'k8s/more.yaml': PROBLEMS_AND_GATES,
  'staging/more.yaml': PROBLEMS_AND_GATES,
  'k8s/broken.yaml': BROKEN,
}
