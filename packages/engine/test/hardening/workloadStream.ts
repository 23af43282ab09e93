/**
 * A large multi-document stream of real-looking manifests whose verdicts are known by
 * construction, so a test can check that every object of a 5 MB stream was evaluated, in order,
 * with the right verdict, and not just that something came back.
 */
import type { Level } from '../../src/index'

/** What the stream holds, in document order. */
export interface StreamExpectation {
  objects: { name: string; kind: string; highestLevel: Level }[]
  /** Documents that carry no pod template (Services, ConfigMaps). */
  skipped: number
}

// Three pod specs: one that meets restricted, one that only meets baseline (no seccomp profile),
// and one that meets neither (a privileged sidecar).
const RESTRICTED_POD = (indent: string, i: number) => `${indent}securityContext:
${indent}  runAsNonRoot: true
${indent}  seccompProfile: {type: RuntimeDefault}
${indent}containers:
${indent}- name: app
${indent}  image: registry.example.com/team/app:1.${i % 50}.0
${indent}  ports: [{containerPort: 8080, name: http}]
${indent}  resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
${indent}  securityContext:
${indent}    allowPrivilegeEscalation: false
${indent}    capabilities: {drop: [ALL]}
${indent}    readOnlyRootFilesystem: true
`
const BASELINE_POD = (indent: string, i: number) => `${indent}containers:
${indent}- name: app
${indent}  image: registry.example.com/team/app:2.${i % 50}.0
${indent}  env: [{name: MODE, value: production}, {name: REPLICA, value: "${i}"}]
${indent}  securityContext: {runAsUser: 1000, allowPrivilegeEscalation: false}
${indent}volumes: [{name: cache, emptyDir: {}}]
`
const PRIVILEGED_POD = (indent: string, i: number) => `${indent}containers:
${indent}- name: app
${indent}  image: registry.example.com/team/app:3.${i % 50}.0
${indent}- name: "log-shipper-${i}"
${indent}  image: registry.example.com/ops/shipper:4.1
${indent}  securityContext:
${indent}    privileged: true
`
const PODS: [Level, (indent: string, i: number) => string][] = [
  ['restricted', RESTRICTED_POD],
  ['baseline', BASELINE_POD],
  ['privileged', PRIVILEGED_POD],
]

/** One document for index i and what it must evaluate to (null for a skipped document). */
function document(i: number): { text: string; object: StreamExpectation['objects'][number] | null } {
  const [level, pod] = PODS[i % 3]
  const name = `svc-${i}`
  const meta = `metadata:\n  name: ${name}\n  namespace: team-${i % 7}\n  labels: {app: ${name}, tier: backend}\n  annotations:\n    owner: "team-${i % 7}@example.com"\n`
  const shape = i % 8
  if (shape === 0)
    return { text: `apiVersion: v1\nkind: Service\n${meta}spec:\n  selector: {app: ${name}}\n  ports: [{port: 80, targetPort: 8080}]\n`, object: null }
  if (shape === 1) return { text: `apiVersion: v1\nkind: Pod\n${meta}spec:\n${pod('  ', i)}`, object: { name, kind: 'Pod', highestLevel: level } }
  if (shape === 2) {
    const text = `apiVersion: batch/v1\nkind: CronJob\n${meta}spec:\n  schedule: "*/15 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n${pod('          ', i)}`
    return { text, object: { name, kind: 'CronJob', highestLevel: level } }
  }
  const kind = ['Deployment', 'StatefulSet', 'DaemonSet', 'Deployment', 'Deployment'][shape - 3]
  const text = `apiVersion: apps/v1\nkind: ${kind}\n${meta}spec:\n  replicas: 3\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n${pod('      ', i)}`
  return { text, object: { name, kind, highestLevel: level } }
}

/** A stream of at least `bytes` characters (ASCII, so characters are bytes) and what it must evaluate to. */
export function workloadStream(bytes: number): { text: string; expected: StreamExpectation } {
  const parts: string[] = []
  const expected: StreamExpectation = { objects: [], skipped: 0 }
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const { text, object } = document(i)
    parts.push(text)
    size += text.length + 4
    if (object) expected.objects.push(object)
    else expected.skipped++
  }
  return { text: parts.join('---\n'), expected }
}
