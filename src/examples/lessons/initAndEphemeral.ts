import type { Example } from '../types'

/** Init and ephemeral containers are checked like any other container. */
export const initAndEphemeral: Example = {
  id: 'init-and-ephemeral-containers',
  title: 'Init and ephemeral containers count too',
  lesson:
    'Pod Security checks init containers, regular containers and ephemeral containers alike. Ephemeral containers are added to a ' +
    "running pod by kubectl debug, and that request is evaluated against the namespace's level like a new pod, so a debug " +
    'container without a securityContext is refused in a Restricted namespace. It still inherits the pod-level settings, ' +
    'runAsNonRoot and seccompProfile here; what it lacks are the container-only fields. This manifest shows the pod as it looks ' +
    'after a debug container was added.',
  manifest: `apiVersion: v1
kind: Pod
metadata:
  name: with-debugger
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  initContainers:
    - name: migrate
      image: registry.example.com/migrate:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
  ephemeralContainers:
    - name: debugger
      image: busybox:1.36
      targetContainerName: app
`,
  claims: [
    { highestLevel: 'baseline', violations: ['allowPrivilegeEscalation', 'capabilities_restricted'] },
    { effective: { container: 'debugger', field: 'runAsNonRoot', value: true, source: 'pod' } },
    { effective: { container: 'migrate', field: 'allowPrivilegeEscalation', value: false, source: 'container' } },
  ],
}
