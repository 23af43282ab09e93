/**
 * The `realworld` class: manifests in the shapes people apply every day. They are our own, written by hand
 * to reproduce the structure and YAML features of named public files (listed in fixtures/kubectl-read/README.md),
 * with our own names, images, comments and values; none of their text is copied.
 */
import { CaseList } from './pod'
import { CONTROLLER_STREAM, IDENTITY_STREAM, WEBHOOK_STREAM } from './realworldStreams'

/** Documentation-style Pods: a Pod securityContext with fsGroup and an emptyDir written `{}`. */
const DOCS_POD_FSGROUP = `apiVersion: v1
kind: Pod
metadata:
  name: shared-volume-owner
spec:
  securityContext:
    runAsUser: 1500
    fsGroup: 2500
  volumes:
  - name: scratch
    emptyDir: {}
  containers:
  - name: writer
    image: registry.example.com/demo/writer:1.4
    volumeMounts:
    - name: scratch
      mountPath: /srv/scratch
    securityContext:
      allowPrivilegeEscalation: false
`

/** A container's runAsUser overriding the Pod's. */
const DOCS_POD_USER_OVERRIDE = `apiVersion: v1
kind: Pod
metadata:
  name: user-override
spec:
  securityContext:
    runAsUser: 1500
  containers:
  - name: reporter
    image: registry.example.com/demo/reporter:3.1
    securityContext:
      runAsUser: 3500
      allowPrivilegeEscalation: false
`

/** A Pod written as one flow mapping after `---`: unquoted keys, quoted values, `[{` on one line, trailing commas. */
const DOCS_POD_FLOW = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "flow-written-pod",
  },
  spec: {
    containers: [{
      name: "clock",
      image: "registry.example.com/demo/clock:0.9",
    }],
  },
}
`

/** The same flow style with a multi-line capabilities list, one item a line, each with a trailing comma. */
const DOCS_POD_FLOW_CAPABILITIES = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "flow-capabilities",
  },
  spec: {
    containers: [{
      name: "listener",
      image: "registry.example.com/demo/listener:2.2",
      securityContext: {
        capabilities: {
          add: [
            "NET_BIND_SERVICE",
            "SYS_NICE",
          ],
        },
      },
    }],
  },
}
`

/** Flow style with numbers: Pod user and groups, a one-number supplementalGroups list and a command list. */
const DOCS_POD_FLOW_GROUPS = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "flow-groups",
  },
  spec: {
    securityContext: {
      runAsUser: 1200,
      runAsGroup: 3300,
      supplementalGroups: [
        4400,
      ],
    },
    containers: [{
      name: "sleeper",
      image: "registry.example.com/demo/toolbox:5.0",
      command: [
        "sh",
        "-c",
        "sleep 3600",
      ],
      securityContext: {
        allowPrivilegeEscalation: false,
      },
    }],
  },
}
`

/** Block style with inline flow lists, spaces inside the brackets, and supplementalGroupsPolicy. */
const DOCS_POD_GROUPS_POLICY = `apiVersion: v1
kind: Pod
metadata:
  name: strict-groups
spec:
  securityContext:
    runAsUser: 1200
    runAsGroup: 3300
    supplementalGroups: [4400, 5500]
    supplementalGroupsPolicy: Strict
  containers:
  - name: sleeper
    image: registry.example.com/demo/toolbox:5.0
    command: [ "sh", "-c", "id && sleep 3600" ]
    securityContext:
      allowPrivilegeEscalation: false
`

/** A nested option mapping in the container's securityContext, with a quoted value holding `:` and `,`. */
const DOCS_POD_NESTED_OPTION = `apiVersion: v1
kind: Pod
metadata:
  name: labelled-process
spec:
  containers:
  - name: worker
    image: registry.example.com/demo/toolbox:5.0
    command: [ "sh", "-c", "sleep 3600" ]
    securityContext:
      allowPrivilegeEscalation: false
      seLinuxOptions:
        level: "s0:c17,c42"
`

/** A Localhost seccomp profile; a quoted arg with `!`; the file ends without a line break. */
const SECCOMP_LOCALHOST_POD = `apiVersion: v1
kind: Pod
metadata:
  name: audited-echo
  labels:
    app.kubernetes.io/name: audited-echo
spec:
  securityContext:
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/audit-all.json
  containers:
  - name: echo
    image: registry.example.com/demo/echo-server:2.0
    args:
    - "-message=every call is logged!"
    securityContext:
      allowPrivilegeEscalation: false`

/** An AppArmor profile set by the beta annotation, explained by a comment above it; single quotes inside a quoted command. */
const APPARMOR_ANNOTATION_POD = `apiVersion: v1
kind: Pod
metadata:
  name: read-only-greeter
  annotations:
    # Run the container "greeter" under the node's "deny-all-writes" AppArmor profile.
    container.apparmor.security.beta.kubernetes.io/greeter: localhost/deny-all-writes
spec:
  containers:
  - name: greeter
    image: registry.example.com/demo/toolbox:5.0
    command: [ "sh", "-c", "echo 'writes are denied' && sleep 3600" ]
`

/**
 * A node metrics DaemonSet as a generator prints it: keys sorted (so `- args:` opens each container), plain
 * scalars full of regex and flow indicators, an unquoted dotted version, hostNetwork, hostPID, a hostPort,
 * hostPath volumes (one of them `/`), an added capability and a percentage.
 */
const NODE_METRICS_DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  labels:
    app.kubernetes.io/component: exporter
    app.kubernetes.io/name: host-metrics
    app.kubernetes.io/part-of: example-monitoring
    app.kubernetes.io/version: 2.3.4
  name: host-metrics
  namespace: monitoring
spec:
  selector:
    matchLabels:
      app.kubernetes.io/component: exporter
      app.kubernetes.io/name: host-metrics
  template:
    metadata:
      annotations:
        kubectl.kubernetes.io/default-container: host-metrics
      labels:
        app.kubernetes.io/component: exporter
        app.kubernetes.io/name: host-metrics
        app.kubernetes.io/version: 2.3.4
    spec:
      automountServiceAccountToken: true
      containers:
      - args:
        - --listen=127.0.0.1:9200
        - --sysfs=/host/sys
        - --rootfs=/host/root
        - --skip-collector=infiniband
        - --mounts-exclude=^/(dev|proc|sys|var/lib/containers/.+)($|/)
        - --netdev-exclude=^(cali.*|[0-9a-f]{12})$
        - --labels={zone="lab",rack=r7}
        image: registry.example.com/monitoring/host-metrics:v2.3.4
        name: host-metrics
        resources:
          limits:
            cpu: 200m
            memory: 150Mi
          requests:
            cpu: 75m
            memory: 150Mi
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            add:
            - SYS_TIME
            drop:
            - ALL
          readOnlyRootFilesystem: true
        volumeMounts:
        - mountPath: /host/sys
          mountPropagation: HostToContainer
          name: sys
          readOnly: true
        - mountPath: /host/root
          mountPropagation: HostToContainer
          name: root
          readOnly: true
      - args:
        - --secure-listen=[$(POD_IP)]:9200
        - --ciphers=TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256
        - --upstream=http://127.0.0.1:9200/
        env:
        - name: POD_IP
          valueFrom:
            fieldRef:
              fieldPath: status.podIP
        image: registry.example.com/monitoring/auth-proxy:v1.1.0
        name: auth-proxy
        ports:
        - containerPort: 9200
          hostPort: 9200
          name: https
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop:
            - ALL
          readOnlyRootFilesystem: true
          runAsGroup: 65532
          runAsNonRoot: true
          runAsUser: 65532
      hostNetwork: true
      hostPID: true
      nodeSelector:
        kubernetes.io/os: linux
      priorityClassName: system-node-critical
      securityContext:
        runAsNonRoot: true
        runAsUser: 65534
      serviceAccountName: host-metrics
      tolerations:
      - operator: Exists
      volumes:
      - hostPath:
          path: /sys
        name: sys
      - hostPath:
          path: /
        name: root
  updateStrategy:
    rollingUpdate:
      maxUnavailable: 25%
    type: RollingUpdate
`

/** A log shipping DaemonSet: comments before the first toleration, hostPath volumes, a field after `containers`. */
const LOG_SHIPPER_DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: kube-system
  labels:
    k8s-app: log-shipper
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: log-shipper
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 1
  template:
    metadata:
      labels:
        app.kubernetes.io/name: log-shipper
    spec:
      tolerations:
      # ship logs from control plane nodes too;
      # drop this toleration to leave them out
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      containers:
      - name: shipper
        image: registry.example.com/logging/shipper:4.2.0
        volumeMounts:
        - name: host-logs
          mountPath: /var/log
        - name: container-logs
          mountPath: /var/log/containers
          readOnly: true
      terminationGracePeriodSeconds: 20
      volumes:
      - name: host-logs
        hostPath:
          path: /var/log
      - name: container-logs
        hostPath:
          path: /var/log/containers
`

/** A Job with a pod failure policy: comments after values and after a flow list, a plain arg with quotes and `&&`, a quoted "True". */
const JOB_FAILURE_POLICY = `apiVersion: batch/v1
kind: Job
metadata:
  name: flaky-tests
spec:
  completions: 8
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: tests
        image: registry.example.com/ci/test-runner:7
        command: ["sh"]          # exits 3 when the suite itself is broken
        args:
        - -c
        - echo "running suite" && sleep 2 && exit 3
  backoffLimit: 5
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: tests     # only this container counts
        operator: In             # or NotIn
        values: [3]
    - action: Ignore             # Ignore, FailJob, Count or FailIndex
      onPodConditions:
      - type: DisruptionTarget   # the pod was evicted or preempted
        status: "True"           # True, False or Unknown
`

/** A headless Service and a StatefulSet: comments after values, `clusterIP: None` (a string), a spaced flow list. */
const STATEFULSET_WITH_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: cache
  labels:
    app: cache
spec:
  ports:
  - port: 6380
    name: client
  clusterIP: None
  selector:
    app: cache
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  selector:
    matchLabels:
      app: cache # the template's labels must match
  serviceName: "cache"
  replicas: 3 # one per zone
  minReadySeconds: 5 # wait before counting a replica ready
  template:
    metadata:
      labels:
        app: cache # matched by the selector above
    spec:
      terminationGracePeriodSeconds: 15
      containers:
      - name: cache
        image: registry.example.com/data/cache:6.2
        ports:
        - containerPort: 6380
          name: client
        volumeMounts:
        - name: data
          mountPath: /var/lib/cache
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ "ReadWriteOnce" ]
      storageClassName: "fast-ssd"
      resources:
        requests:
          storage: 2Gi
`

/** A minimal Job: a one-line flow command of quoted strings with `=`, braces and escaped quotes; an untagged image; a blank line at the end. */
const JOB_MINIMAL = `apiVersion: batch/v1
kind: Job
metadata:
  name: digits
spec:
  template:
    spec:
      containers:
      - name: digits
        image: awk
        command: ["awk", "-v", "n=500", "BEGIN { printf(\\"%.50f\\\\n\\", atan2(0, -1)) }"]
      restartPolicy: Never
  backoffLimit: 2

`

/** An Indexed Job with a success policy: a plain `0,2-3`-like value, a comment continued on a deeper line, a literal script item. */
const JOB_SUCCESS_POLICY = `apiVersion: batch/v1
kind: Job
metadata:
  name: any-leader-wins
spec:
  parallelism: 6
  completions: 6
  completionMode: Indexed # success policies need indexes
  successPolicy:
    rules:
      - succeededIndexes: 0,3-4
        succeededCount: 1
  template:
    spec:
      containers:
      - name: main
        image: registry.example.com/demo/python:3.12
        command:          # the Job succeeds as soon as index 0, 3 or 4 does;
                          # the other indexes fail on purpose.
          - python3
          - -c
          - |
            import os, sys
            index = os.environ.get("JOB_COMPLETION_INDEX")
            sys.exit(0 if index in ("0", "3", "4") else 1)
      restartPolicy: Never
`

/** A ReplicaSet written as one flow mapping after `---`, with dashed keys unquoted inside flow mappings. */
const REPLICASET_FLOW = `---
{
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: {
    name: "frontend-set",
  },
  spec: {
    replicas: 2,
    selector: {
      matchLabels: {
        owned-by: "frontend-set-demo",
      },
    },
    template: {
      metadata: {
        labels: {
          owned-by: "frontend-set-demo",
        },
      },
      spec: {
        containers: [{
          name: "web",
          image: "registry.example.com/demo/web:1.0",
        }],
      },
    },
  },
}
`

/** An Indexed Job with a per-index backoff limit: aligned comments after values, an unindented sequence holding a literal script with `%`. */
const JOB_BACKOFF_PER_INDEX = `apiVersion: batch/v1
kind: Job
metadata:
  name: retry-per-index
spec:
  completions: 8
  parallelism: 2
  completionMode: Indexed  # needed for per-index limits
  backoffLimitPerIndex: 2  # retries for each index
  maxFailedIndexes: 3      # then the whole Job fails
  template:
    spec:
      restartPolicy: Never # per-index limits need Never
      containers:
      - name: worker
        image: registry.example.com/demo/python:3.12
        command:
        - python3
        - -c
        - |
          import os, sys
          index = int(os.environ.get("JOB_COMPLETION_INDEX"))
          print("index %d" % index)
          if index % 3 == 0:
            sys.exit(2)
`

/** The `realworld` cases, one per modelled public file, in the order of the README's list of shapes. */
export function realworldCases(): CaseList {
  const list = new CaseList('realworld')
  list.add('ci-controller-flow-args-at-key-indent', CONTROLLER_STREAM)
  list.add('identity-agent-stream-host-daemonset', IDENTITY_STREAM)
  list.add('docs-pod-fsgroup-emptydir', DOCS_POD_FSGROUP)
  list.add('docs-pod-container-user-override', DOCS_POD_USER_OVERRIDE)
  list.add('docs-pod-flow-trailing-commas', DOCS_POD_FLOW)
  list.add('docs-pod-flow-capabilities', DOCS_POD_FLOW_CAPABILITIES)
  list.add('docs-pod-flow-groups-command', DOCS_POD_FLOW_GROUPS)
  list.add('docs-pod-supplemental-groups-policy', DOCS_POD_GROUPS_POLICY)
  list.add('docs-pod-nested-selinux-option', DOCS_POD_NESTED_OPTION)
  list.add('seccomp-localhost-no-final-newline', SECCOMP_LOCALHOST_POD)
  list.add('apparmor-annotation-pod', APPARMOR_ANNOTATION_POD)
  list.add('node-metrics-daemonset-sorted-keys', NODE_METRICS_DAEMONSET)
  list.add('ci-webhook-deployment-service', WEBHOOK_STREAM)
  list.add('log-shipper-daemonset-hostpath', LOG_SHIPPER_DAEMONSET)
  list.add('job-pod-failure-policy-comments', JOB_FAILURE_POLICY)
  list.add('statefulset-headless-service', STATEFULSET_WITH_SERVICE)
  list.add('job-minimal-flow-command', JOB_MINIMAL)
  list.add('job-success-policy-literal-script', JOB_SUCCESS_POLICY)
  list.add('replicaset-flow-dashed-keys', REPLICASET_FLOW)
  list.add('job-backoff-per-index-literal', JOB_BACKOFF_PER_INDEX)
  return list
}
