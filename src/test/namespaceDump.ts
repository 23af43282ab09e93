/**
 * A small `kubectl get ns,pods,deploy -A -o yaml`-like stream over three namespaces, for the
 * Namespaces view's component and end-to-end tests:
 * - `payments` (labelled: enforce restricted at v1.30, and an invalid audit level on line 8) holds a restricted Pod;
 * - `web` (enforce baseline) holds a Pod that sets nothing (baseline) and a Deployment on the host network (privileged);
 * - `batch` has no Namespace object and one baseline Pod.
 */
export const NAMESPACE_DUMP = `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.30
    pod-security.kubernetes.io/audit: strict
---
apiVersion: v1
kind: Namespace
metadata:
  name: web
  labels:
    pod-security.kubernetes.io/enforce: baseline
---
apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: payments
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
---
apiVersion: v1
kind: Pod
metadata:
  name: frontend
  namespace: web
spec:
  containers:
    - name: web
      image: nginx:1.27
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: web
spec:
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      hostNetwork: true
      containers:
        - name: redis
          image: redis:7
---
apiVersion: v1
kind: Pod
metadata:
  name: runner
  namespace: batch
spec:
  containers:
    - name: job
      image: busybox:1.36
`
