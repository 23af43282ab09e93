import { describe, expect, it } from 'vitest'
import { evaluate } from './index'

const APPARMOR = 'container.apparmor.security.beta.kubernetes.io/app: unconfined'

/** A pod template, indented for its place; privileged, and with an AppArmor annotation that baseline forbids. */
function template(indent: number, annotations = true): string {
  const lines = [
    'metadata:',
    ...(annotations ? ['  annotations:', `    ${APPARMOR}`] : []),
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx',
    '    securityContext:',
    '      privileged: true',
  ]
  return lines.map((line) => ' '.repeat(indent) + line).join('\n')
}

/** Each kind's body around a pod template; `t(indent)` places the template. */
const KINDS: { kind: string; apiVersion: string; body: (t: (indent: number) => string) => string; podSpecPath: string }[] = [
  { kind: 'Pod', apiVersion: 'v1', body: (t) => t(0), podSpecPath: 'spec' },
  { kind: 'PodTemplate', apiVersion: 'v1', body: (t) => `template:\n${t(2)}`, podSpecPath: 'template.spec' },
  { kind: 'ReplicationController', apiVersion: 'v1', body: (t) => `spec:\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  { kind: 'ReplicaSet', apiVersion: 'apps/v1', body: (t) => `spec:\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  { kind: 'Deployment', apiVersion: 'apps/v1', body: (t) => `spec:\n  replicas: 2\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  { kind: 'DaemonSet', apiVersion: 'apps/v1', body: (t) => `spec:\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', body: (t) => `spec:\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  { kind: 'Job', apiVersion: 'batch/v1', body: (t) => `spec:\n  template:\n${t(4)}`, podSpecPath: 'spec.template.spec' },
  {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    body: (t) => `spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n${t(8)}`,
    podSpecPath: 'spec.jobTemplate.spec.template.spec',
  },
]

/** A manifest of the kind; `annotated` says whose metadata carries the AppArmor annotation. */
function manifest({ kind, apiVersion, body }: (typeof KINDS)[number], annotated: 'template' | 'object'): string {
  const metadata = annotated === 'object' ? `metadata:\n  name: demo\n  annotations:\n    ${APPARMOR}\n` : 'metadata:\n  name: demo\n'
  // A Pod is its own template: its metadata is the template's.
  if (kind === 'Pod') return `apiVersion: v1\nkind: Pod\n${body(() => template(0, true)).replace('metadata:\n', 'metadata:\n  name: demo\n')}\n`
  return `apiVersion: ${apiVersion}\nkind: ${kind}\n${metadata}${body((indent) => template(indent, annotated === 'template'))}\n`
}

describe('evaluate: every workload kind', () => {
  it.each(KINDS)('$kind: pod spec path, verdict and kubectl message', (entry) => {
    const { kind, apiVersion, podSpecPath } = entry
    const report = evaluate(manifest(entry, 'template'))
    expect(report.errors).toEqual([])
    expect(report.objects).toHaveLength(1)
    const [object] = report.objects
    expect(object).toMatchObject({ kind, apiVersion, name: 'demo', document: 0, item: null, podSpecPath, highestLevel: 'privileged' })
    expect(object.levels.baseline.allowed).toBe(false)
    const prefix =
      kind === 'Pod' ? 'pods "demo" is forbidden: violates PodSecurity "baseline:latest": ' : 'Warning: would violate PodSecurity "baseline:latest": '
    expect(object.levels.baseline.message).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    expect(object.levels.baseline.violations.map((v) => v.check)).toEqual(['appArmorProfile', 'privileged'])
    const privileged = object.levels.baseline.violations[1].locations[0]
    expect(privileged.path).toBe(`${podSpecPath}.containers[0].securityContext.privileged`)
    expect(privileged.field).toBeUndefined()
    expect(object.containers.map((c) => c.path)).toEqual([`${podSpecPath}.containers[0]`])
  })

  it.each(KINDS.filter((k) => k.kind !== 'Pod'))('$kind: annotations come from the pod template, never the workload', (entry) => {
    const report = evaluate(manifest(entry, 'object'))
    expect(report.errors).toEqual([])
    expect(report.objects[0].levels.baseline.violations.map((v) => v.check)).toEqual(['privileged'])
  })

  it('prints a Pod without a name the way the API server does', () => {
    const report = evaluate('apiVersion: v1\nkind: Pod\nspec:\n  hostPID: true\n  containers: [{name: c, image: i}]\n')
    expect(report.objects[0].levels.baseline.message).toMatch(/^pods is forbidden: violates PodSecurity "baseline:latest": host namespaces \(hostPID=true\)/)
  })

  it('evaluates a workload without a template as upstream does, and says the template is missing', () => {
    const report = evaluate('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 1\n')
    expect(report.objects[0]).toMatchObject({ highestLevel: 'restricted', podSpecPath: 'spec.template.spec' })
    expect(report.objects[0].problems[0]).toMatchObject({ code: 'missing-pod-template', path: 'spec.template', severity: 'error', line: 4 })
  })

  it('skips a ReplicationController without a template', () => {
    const report = evaluate('apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec: {replicas: 1}\n')
    expect(report.objects).toEqual([])
    expect(report.skipped).toEqual([
      expect.objectContaining({ kind: 'ReplicationController', name: 'rc', document: 0, item: null, reason: expect.stringContaining('no spec.template') }),
    ])
  })
})
