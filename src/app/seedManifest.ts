/**
 * The example the app opens on: pod-level and container-level securityContext, an init container,
 * an overridden pod value, and a sidecar that keeps the pod at Baseline instead of Restricted.
 */
export const SEED_MANIFEST = `# Edit me: the verdict and the effective security context update as you type.
# This Deployment meets Baseline but not Restricted: the log-shipper sidecar
# neither drops ALL capabilities nor forbids privilege escalation.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        fsGroup: 2000
        seccompProfile:
          type: RuntimeDefault
      initContainers:
        - name: migrate
          image: registry.example.com/web-migrate:1.4
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
      containers:
        - name: web
          image: registry.example.com/web:1.4
          ports:
            - containerPort: 8080
          securityContext:
            runAsUser: 1001
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
        - name: log-shipper
          image: registry.example.com/log-shipper:2.0
          securityContext:
            capabilities:
              add: ["NET_BIND_SERVICE"]
`
