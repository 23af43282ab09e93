/**
 * The multi-object streams of the `realworld` class: our own manifests written to have the shape of
 * widely applied public files (see fixtures/kubectl-read/README.md), not their text.
 */

/**
 * A CI controller Deployment and its Service, shaped like a Knative-style controller config: a multi-line
 * flow sequence of args with comments, a blank line and a trailing comma, closed at its key's indentation
 * (js-yaml's "deficient indentation"), under a comment header, with sequences both indented and not.
 */
export const CONTROLLER_STREAM = `# Example CI: the build controller.
#
# Applied by the example CI installer; the release job rewrites the image
# references below to digests.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: build-controller
  namespace: ci-system
  labels:
    app.kubernetes.io/name: build-controller
    app.kubernetes.io/component: controller
    app.kubernetes.io/instance: default
    app.kubernetes.io/version: "0.42"
    app.kubernetes.io/part-of: example-ci
    # set by the release job
    ci.example.com/release: "0.42"
    # kept for the service mesh only
    version: "0.42"
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: build-controller
      app.kubernetes.io/component: controller
      app.kubernetes.io/part-of: example-ci
  template:
    metadata:
      labels:
        app.kubernetes.io/name: build-controller
        app.kubernetes.io/component: controller
        app.kubernetes.io/version: "0.42"
        app.kubernetes.io/part-of: example-ci
        # kept for the service mesh only
        app: build-controller
        version: "0.42"
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                - key: kubernetes.io/arch
                  operator: In
                  values:
                  - amd64
                  - arm64
      serviceAccountName: build-controller
      containers:
      - name: build-controller
        image: registry.example.com/ci/controller:v0.42.0
        args: [
          # Helper images the controller starts in build pods; the release
          # job pins each one to a digest.
          "-clone-image", "registry.example.com/ci/clone:v0.42.0",
          "-upload-image", "registry.example.com/ci/upload:v0.42.0",
          "-wait-image", "registry.example.com/ci/wait:v0.42.0",

          # A shell image that runs as root, to prepare workspace volumes.
          "-shell-image", "registry.example.com/base/shell@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
          # Windows nodes need a shell of their own.
          "-shell-image-windows", "registry.example.com/base/shell-windows:ltsc2022",
        ]
        volumeMounts:
        - name: logging-config
          mountPath: /etc/logging-config
        - name: ca-bundle
          mountPath: /etc/ca-bundle
        env:
        - name: POD_NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        # The controller reads its settings from these ConfigMaps; keep the
        # names in step with its Role.
        - name: DEFAULTS_CONFIG
          value: ci-defaults
        - name: LOGGING_CONFIG
          value: logging-config
        - name: FEATURES_CONFIG
          value: ci-features
        - name: SSL_CERT_DIR
          value: /etc/ca-bundle
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop:
            - all
          # a fixed non-root user, as distroless-style images have
          runAsUser: 65532
          runAsGroup: 65532
        ports:
        - name: metrics
          containerPort: 9090
        - name: probes
          containerPort: 8080
        livenessProbe:
          httpGet:
            path: /healthz
            port: probes
            scheme: HTTP
          initialDelaySeconds: 5
          periodSeconds: 10
        readinessProbe:
          httpGet:
            path: /readyz
            port: probes
          periodSeconds: 10
      volumes:
        - name: logging-config
          configMap:
            name: logging-config
        - name: ca-bundle
          configMap:
            name: ca-bundle
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app.kubernetes.io/name: build-controller
    # kept for the service mesh only
    app: build-controller
  name: build-controller
  namespace: ci-system
spec:
  ports:
  - name: http-metrics
    port: 9090
    protocol: TCP
    targetPort: 9090
  - name: probes
    port: 8080
  selector:
    app.kubernetes.io/name: build-controller
`

/**
 * A workload-identity quick start, shaped like a SPIRE sample stream: a Namespace, a CSIDriver, a
 * v1beta1 CRD with multi-line single-quoted descriptions, RBAC with compact flow sequences, ConfigMaps
 * holding HCL-like text in literal block scalars, a server StatefulSet, and an agent DaemonSet with hostPID,
 * hostNetwork, a privileged container, hostPath volumes and multi-line flow args closed at the key's
 * indentation. Blank lines and comments sit next to the document markers, and some documents put `kind` first.
 */
export const IDENTITY_STREAM = `---
apiVersion: v1
kind: Namespace
metadata:
  name: identity
---
apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata:
  name: "csi.identity.example.com"
spec:
  # The driver only serves inline ephemeral volumes, so nothing needs
  # attaching.
  attachRequired: false

  # The driver checks which pod asked for the mount.
  podInfoOnMount: true

  # Leave ownership alone: the socket inside is meant for every workload.
  fsGroupPolicy: None

  volumeLifecycleModes:
    - Ephemeral
---
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  annotations:
    example.com/generated-by: crd-writer v1.0.3
  name: workloadids.identity.example.com
spec:
  group: identity.example.com
  names:
    kind: WorkloadID
    listKind: WorkloadIDList
    plural: workloadids
    singular: workloadid
  scope: Namespaced
  subresources:
    status: {}
  validation:
    openAPIV3Schema:
      description: WorkloadID names the identity a selected workload receives
      properties:
        apiVersion:
          description: 'The schema version of this object. It is what a client
            wrote; the server converts it to the version it stores, and refuses
            versions it does not know. See: https://docs.example.com/identity/api#versions'
          type: string
        spec:
          description: WorkloadIDSpec says which workloads get the identity
          properties:
            dnsNames:
              items:
                type: string
              type: array
            identity:
              type: string
            selector:
              properties:
                namespace:
                  description: Namespace the workload runs in
                  type: string
                podLabel:
                  additionalProperties:
                    type: string
                  description: Labels the workload's pod must carry
                  type: object
                serviceAccount:
                  description: ServiceAccount the workload runs as
                  type: string
              type: object
          required:
          - identity
          - selector
          type: object
        status:
          properties:
            entryId:
              description: 'Set by the registrar once the entry exists; "kubectl
                get" shows it: do not set it by hand'
              type: string
          type: object
      type: object
  version: v1beta1
  versions:
  - name: v1beta1
    served: true
    storage: true
status:
  acceptedNames:
    kind: ""
    plural: ""
  conditions: []
  storedVersions: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: identity-registrar
rules:
- apiGroups: ["authentication.k8s.io"]
  resources: ["tokenreviews"]
  verbs: ["create"]
- apiGroups: [""]
  resources: ["pods","nodes","configmaps"]
  verbs: ["get","list", "watch"]
- apiGroups: ["identity.example.com"]
  resources: ["workloadids", "workloadids/status"]
  verbs: ["create", "delete", "get", "list", "patch", "update", "watch"]

---
# Lets the server's service account use the rules above.
kind: ClusterRoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: identity-registrar
subjects:
- kind: ServiceAccount
  name: identity-server
  namespace: identity
roleRef:
  kind: ClusterRole
  name: identity-registrar
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: identity-server
  namespace: identity
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: identity-server
  namespace: identity
data:
  server.conf: |
    server {
      listen = "0.0.0.0:8081"
      socket = "/run/identity/sockets/server.sock"
      domain = "corp.example.com"
      log_level = "INFO"
      ca_subject = {
        organization = ["Example Corp"],
        common_name = "",
      }
    }
    plugins {
      # NOTE: name the cluster as the agents do
      attestor "node-token" {
        cluster = "lab-1"
      }
      store "file" {
        path = "/run/identity/data/store.db"
      }
    }
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: identity-server
  namespace: identity
  labels:
    app: identity-server
spec:
  replicas: 1
  selector:
    matchLabels:
      app: identity-server
  serviceName: identity-server
  template:
    metadata:
      namespace: identity
      labels:
        app: identity-server
    spec:
      serviceAccountName: identity-server
      shareProcessNamespace: true
      containers:
        - name: server
          image: registry.example.com/identity/server:2.3.1
          args:
            - -config
            - /run/identity/config/server.conf
          livenessProbe:
            httpGet:
              path: /live
              port: 8080
            failureThreshold: 2
            periodSeconds: 60
          ports:
            - containerPort: 8081
          volumeMounts:
            - name: server-config
              mountPath: /run/identity/config
              readOnly: true
            - name: server-data
              mountPath: /run/identity/data
              readOnly: false
            - name: server-socket
              mountPath: /run/identity/sockets
      volumes:
        - name: server-config
          configMap:
            name: identity-server
        - name: server-socket
          hostPath:
            path: /run/identity/server-socket
            type: DirectoryOrCreate
  volumeClaimTemplates:
    - metadata:
        name: server-data
        namespace: identity
      spec:
        accessModes:
          - ReadWriteOnce
        resources:
          requests:
            storage: 1Gi
---
apiVersion: v1
kind: Service
metadata:
  name: identity-server
  namespace: identity
spec:
  type: NodePort
  ports:
    - name: grpc
      port: 8081
      targetPort: 8081
      protocol: TCP
  selector:
    app: identity-server
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: identity-agent
  namespace: identity
data:
  agent.conf: |
    agent {
      server = "identity-server:8081"
      socket = "/run/identity/agent/socket"
      domain = "corp.example.com"
    }
    plugins {
      attestor "node-token" {
        # NOTE: name the cluster as the server does
        cluster = "lab-1"
      }
      workload "kubelet" {
          # Lab clusters have no kubelet serving certificate.
          verify_kubelet_certificate = false
      }
    }

---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: identity-agent
  namespace: identity
  labels:
    app: identity-agent
spec:
  selector:
    matchLabels:
      app: identity-agent
  template:
    metadata:
      namespace: identity
      labels:
        app: identity-agent
    spec:
      hostPID: true
      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
      serviceAccountName: identity-agent
      initContainers:
        - name: wait-for-server
          # Any image that waits until a TCP port answers will do.
          image: registry.example.com/tools/wait-tcp:1.0
          args: ["-timeout", "30", "identity-server:8081"]
      containers:
        - name: agent
          image: registry.example.com/identity/agent:2.3.1
          args: ["-config", "/run/identity/config/agent.conf"]
          volumeMounts:
            - name: agent-config
              mountPath: /run/identity/config
              readOnly: true
            - name: agent-socket-dir
              mountPath: /run/identity/agent
            - name: agent-token
              mountPath: /var/run/secrets/tokens
          livenessProbe:
            httpGet:
              path: /live
              port: 8080
            initialDelaySeconds: 15
        # Mounts the agent's socket into workload pods.
        - name: csi-driver
          image: registry.example.com/identity/csi-driver:0.4.0
          imagePullPolicy: IfNotPresent
          args: [
              "-node-id", "$(NODE_NAME)",
              "-socket-dir", "/agent-socket",
              "-csi-socket", "/csi/csi.sock",
          ]
          env:
            - name: NODE_NAME
              valueFrom:
                fieldRef:
                  fieldPath: spec.nodeName
          volumeMounts:
            # The agent's socket, shared into workloads.
            - mountPath: /agent-socket
              name: agent-socket-dir
              readOnly: true
            # Where the kubelet finds the driver.
            - mountPath: /csi
              name: csi-socket-dir
            # Pod volumes the driver mounts into.
            - mountPath: /var/lib/kubelet/pods
              mountPropagation: Bidirectional
              name: pods-dir
          securityContext:
            privileged: true
        # Registers the driver with the kubelet.
        - name: registrar
          image: registry.example.com/csi/node-registrar:2.9.0
          args: [
              "-csi-address", "/csi/csi.sock",
              "-kubelet-registration-path", "/var/lib/kubelet/plugins/csi.identity.example.com/csi.sock",
          ]
          volumeMounts:
            - mountPath: /csi
              name: csi-socket-dir
            - name: registration-dir
              mountPath: /registration
      volumes:
        - name: agent-config
          configMap:
            name: identity-agent
        - name: agent-token
          projected:
            sources:
              - serviceAccountToken:
                  path: identity-agent
                  expirationSeconds: 7200
                  audience: identity-server
        # Shared by the agent and the CSI driver.
        - name: agent-socket-dir
          hostPath:
            path: /run/identity/agent-socket
            type: DirectoryOrCreate
        - name: csi-socket-dir
          hostPath:
            path: /var/lib/kubelet/plugins/csi.identity.example.com
            type: DirectoryOrCreate
        - name: pods-dir
          hostPath:
            path: /var/lib/kubelet/pods
            type: Directory
        - name: registration-dir
          hostPath:
            path: /var/lib/kubelet/plugins_registry
            type: Directory
`

/**
 * An admission webhook Deployment and its Service, shaped like a Knative-style webhook config: comments
 * before `name` in metadata, between a container's keys and as the first item of a sequence, a quoted
 * "false" annotation, a preferred pod anti-affinity, and probes on named ports.
 */
export const WEBHOOK_STREAM = `# Example CI: the admission webhook that validates and defaults build objects.

apiVersion: apps/v1
kind: Deployment
metadata:
  # The Service below has the same name; the webhook's configuration
  # refers to it through WEBHOOK_SERVICE.
  name: build-webhook
  namespace: ci-system
  labels:
    app.kubernetes.io/name: build-webhook
    app.kubernetes.io/component: webhook
    app.kubernetes.io/version: "0.42"
    app.kubernetes.io/part-of: example-ci
    # kept for the service mesh only
    version: "0.42"
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: build-webhook
      app.kubernetes.io/component: webhook
  template:
    metadata:
      annotations:
        cluster-autoscaler.kubernetes.io/safe-to-evict: "false"
      labels:
        app.kubernetes.io/name: build-webhook
        app.kubernetes.io/component: webhook
        app.kubernetes.io/version: "0.42"
        # kept for the service mesh only
        app: build-webhook
        version: "0.42"
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - podAffinityTerm:
              labelSelector:
                matchLabels:
                  app.kubernetes.io/name: build-webhook
                  app.kubernetes.io/component: webhook
              topologyKey: kubernetes.io/hostname
            weight: 100
      serviceAccountName: build-webhook
      containers:
      - name: webhook
        # Rewritten to a digest by the release job.
        image: registry.example.com/ci/webhook:v0.42.0
        # The autoscaler needs requests to act on.
        resources:
          requests:
            cpu: 100m
            memory: 100Mi
          limits:
            cpu: 500m
            memory: 500Mi
        env:
        - name: POD_NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        # Keep in step with the Service below.
        - name: WEBHOOK_SERVICE
          value: build-webhook
        - name: WEBHOOK_SECRET
          value: build-webhook-certs
        securityContext:
          allowPrivilegeEscalation: false
          # a fixed non-root user, as distroless-style images have
          runAsUser: 65532
        ports:
        - name: metrics
          containerPort: 9090
        - name: https-webhook
          containerPort: 8443
        livenessProbe:
          tcpSocket:
            port: https-webhook
          initialDelaySeconds: 5
          periodSeconds: 10
        readinessProbe:
          tcpSocket:
            port: https-webhook
          periodSeconds: 10
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app.kubernetes.io/name: build-webhook
    app.kubernetes.io/component: webhook
    # kept for the service mesh only
    app: build-webhook
  name: build-webhook
  namespace: ci-system
spec:
  ports:
  # Metrics are named so that a service mesh can reach them.
  - name: http-metrics
    port: 9090
    targetPort: 9090
  - name: https-webhook
    port: 443
    targetPort: 8443
  selector:
    app.kubernetes.io/name: build-webhook
    app.kubernetes.io/component: webhook
`
