import type { Example } from '../types'

/** A Deployment whose pod template meets Restricted. */
export const restrictedDeployment: Example = {
  id: 'restricted-deployment',
  title: 'Restricted: a Deployment',
  lesson:
    "For a Deployment, Pod Security looks only at the pod template under spec.template; the Deployment's own metadata does not " +
    'count. Workloads are never rejected, only warned about: it is the Pods the Deployment creates that an enforcing namespace ' +
    'rejects, which shows up later as a ReplicaSet that cannot create its Pods. Checking the template before applying it avoids that.',
  manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: registry.example.com/api:2.3
          ports:
            - containerPort: 8080
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
`,
  claims: [{ highestLevel: 'restricted', violations: [] }],
}
