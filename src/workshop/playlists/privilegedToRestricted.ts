/** The workshop's main story: one Deployment, from privileged to restricted, one control at a time. */
import { buildPlaylist } from '../buildPlaylist'
import type { StepSource } from '../types'

const START = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
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
      hostNetwork: true
      containers:
        - name: web
          image: registry.example.com/web:1.0
          ports:
            - containerPort: 8080
          securityContext:
            privileged: true
            capabilities:
              add: ["SYS_ADMIN"]
          volumeMounts:
            - name: cache
              mountPath: /cache
      volumes:
        - name: cache
          hostPath:
            path: /var/cache/web
`

const STEPS: StepSource[] = [
  {
    title: "Leave the node's network",
    task: "The pod shares the node's network namespace. Give it its own network again.",
    goal: { clears: ['hostNamespaces'] },
    goalText: 'Remove hostNetwork, so the pod gets a network of its own.',
    answer: [{ find: '      hostNetwork: true\n', replace: '' }],
  },
  {
    title: 'No privileged container',
    task: 'The web container runs privileged: nearly root on the node. Take that away.',
    goal: { clears: ['privileged'] },
    goalText: 'Take privileged: true away from the web container.',
    answer: [{ find: '            privileged: true\n', replace: '' }],
  },
  {
    title: 'Keep the cache off the node',
    task: 'The cache lives in a hostPath volume on the node. Keep it inside the pod instead.',
    goal: { clears: ['hostPathVolumes'] },
    goalText: 'Replace the hostPath volume with one that lives inside the pod.',
    answer: [{ find: '          hostPath:\n            path: /var/cache/web\n', replace: '          emptyDir: {}\n' }],
  },
  {
    title: 'Meet Baseline',
    task: 'One Baseline control still fails. Find it in the verdict and fix it, so the Deployment meets Baseline.',
    goal: { meets: 'baseline' },
    goalText: 'The Deployment meets Baseline.',
    answer: [{ find: '          securityContext:\n            capabilities:\n              add: ["SYS_ADMIN"]\n', replace: '          securityContext: {}\n' }],
  },
  {
    title: 'No privilege escalation',
    task: 'Restricted starts here. Make sure no process in the container can gain more privileges than its parent (setuid binaries).',
    goal: { clears: ['allowPrivilegeEscalation'] },
    goalText: 'Set allowPrivilegeEscalation: false for the web container.',
    answer: [{ find: '          securityContext: {}\n', replace: '          securityContext:\n            allowPrivilegeEscalation: false\n' }],
  },
  {
    title: 'Drop every capability',
    task: 'Restricted wants each container to drop all Linux capabilities (adding back NET_BIND_SERVICE at most).',
    goal: { clears: ['capabilities_restricted'] },
    goalText: 'Drop ALL capabilities in the web container.',
    answer: [
      {
        find: '            allowPrivilegeEscalation: false\n',
        replace: '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]\n',
      },
    ],
  },
  {
    title: 'Not as root',
    task: 'Promise that the containers never run as root, once, for the whole pod.',
    goal: { clears: ['runAsNonRoot'] },
    goalText: 'Set runAsNonRoot: true once, for the whole pod.',
    answer: [{ find: '      containers:\n', replace: '      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n      containers:\n' }],
  },
  {
    title: 'Meet Restricted',
    task: "One control is left: filter system calls with the runtime's default seccomp profile. Then the Deployment meets Restricted.",
    goal: { meets: 'restricted' },
    goalText: "Add the runtime's default seccomp profile, so the Deployment meets Restricted.",
    answer: [
      {
        find: '        runAsUser: 10001\n',
        replace: '        runAsUser: 10001\n        seccompProfile:\n          type: RuntimeDefault\n',
      },
    ],
  },
  {
    title: 'A sidecar joins',
    task: 'A metrics sidecar was added. Meet Restricted again with the fewest changes: what does it already inherit from the pod?',
    goal: { meets: 'restricted' },
    goalText: 'The Deployment meets Restricted again, sidecar included.',
    introduce: [{ find: '      volumes:\n', replace: '        - name: metrics\n          image: registry.example.com/metrics-agent:2.1\n      volumes:\n' }],
    answer: [
      {
        find: '          image: registry.example.com/metrics-agent:2.1\n',
        replace:
          '          image: registry.example.com/metrics-agent:2.1\n          securityContext:\n' +
          '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]\n',
      },
    ],
  },
  {
    title: 'An init container that wants root',
    task: 'A database migration now runs first, as user 0. Restricted refuses that too: make it meet Restricted.',
    goal: { meets: 'restricted' },
    goalText: 'The Deployment meets Restricted again, init container included.',
    introduce: [
      {
        find: '      containers:\n',
        replace:
          '      initContainers:\n        - name: migrate\n          image: registry.example.com/web-migrate:1.0\n' +
          '          securityContext:\n            runAsUser: 0\n      containers:\n',
      },
    ],
    answer: [
      {
        find: '            runAsUser: 0\n',
        replace: '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]\n',
      },
    ],
  },
]

/** Ten steps from a privileged Deployment to a Restricted one with a sidecar and an init container. */
export const privilegedToRestricted = buildPlaylist(
  {
    id: 'privileged-to-restricted',
    title: 'From privileged to restricted',
    description: 'One Deployment, fixed one control at a time: first up to Baseline, then up to Restricted, then kept there as it grows.',
  },
  START,
  STEPS,
)
