import { describe, expect, it } from 'vitest'
import { evaluate, mergeReports } from './index'

const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: root
  namespace: prod
spec:
  containers:
  - name: app
    image: nginx
    securityContext:
      privileged: true
`

const RESTRICTED_POD = `apiVersion: v1
kind: Pod
metadata: {name: good}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`

describe('evaluate: verdicts', () => {
  it('gives a privileged pod the privileged level, with kubectl’s denial at both levels', () => {
    const [object] = evaluate(PRIVILEGED_POD, { file: 'pod.yaml' }).objects
    expect(object).toMatchObject({ file: 'pod.yaml', kind: 'Pod', name: 'root', namespace: 'prod', highestLevel: 'privileged' })
    expect(object.levels.baseline.message).toBe(
      'pods "root" is forbidden: violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
    )
    expect(object.levels.restricted.allowed).toBe(false)
  })

  it('gives a compliant pod the restricted level and no messages', () => {
    const [object] = evaluate(RESTRICTED_POD).objects
    expect(object.highestLevel).toBe('restricted')
    expect(object.levels).toEqual({ baseline: { allowed: true, violations: [], message: null }, restricted: { allowed: true, violations: [], message: null } })
  })

  it('gives a plain pod the baseline level', () => {
    expect(evaluate('kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\n').objects[0].highestLevel).toBe('baseline')
  })

  it('applies API defaulting for Pod Security: a volume with no source is an emptyDir', () => {
    const text =
      'kind: Pod\nspec:\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  volumes: [{name: v}]\n  containers: [{name: a, image: b, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]\n'
    expect(evaluate(text).objects[0].highestLevel).toBe('restricted')
  })
})

describe('evaluate: versions', () => {
  it('reports latest as the newest policy and prints it as asked', () => {
    expect(evaluate(RESTRICTED_POD)).toMatchObject({ policyVersion: 'v1.37', requestedVersion: 'latest' })
  })

  it('evaluates a future version as the newest one but prints it as written', () => {
    const report = evaluate(PRIVILEGED_POD, { version: 'v1.99' })
    expect(report).toMatchObject({ policyVersion: 'v1.37', requestedVersion: 'v1.99' })
    expect(report.objects[0].levels.restricted.message).toMatch(/violates PodSecurity "restricted:v1\.99": /)
  })

  it('evaluates an old version with its own checks', () => {
    const plain = 'kind: Pod\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a, image: b}]\n'
    expect(evaluate(plain, { version: 'v1.7' })).toMatchObject({ policyVersion: 'v1.7', objects: [{ highestLevel: 'restricted' }] })
    expect(evaluate(plain, { version: 'v1.8' }).objects[0].highestLevel).toBe('baseline')
  })

  it('turns an invalid version into an input error naming the accepted forms, never an exception', () => {
    for (const version of ['v1.05', '1.30', 'v2.0', '', 'LATEST']) {
      const report = evaluate(PRIVILEGED_POD, { version })
      expect(report.objects).toEqual([])
      expect(report.errors).toEqual([expect.objectContaining({ document: null, message: expect.stringContaining('"latest" or "v1.<minor>"') })])
    }
  })
})

describe('evaluate: streams and inputs', () => {
  it('still evaluates the other documents when one in the middle is broken', () => {
    const text = `${PRIVILEGED_POD}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n---\n${RESTRICTED_POD}`
    const report = evaluate(text, { file: 'many.yaml' })
    expect(report.objects.map((o) => [o.document, o.name, o.highestLevel])).toEqual([
      [0, 'root', 'privileged'],
      [2, 'good', 'restricted'],
    ])
    expect(report.errors).toEqual([
      { file: 'many.yaml', document: 1, item: null, message: expect.stringMatching(/^YAML syntax error/), line: 16, column: 16, endLine: 16, endColumn: 17 },
    ])
    expect(report.objects[1].location.line).toBe(18)
  })

  it('evaluates JSON input with exact locations', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'j' },
        spec: { template: { spec: { hostNetwork: true, containers: [{ name: 'c', image: 'i' }] } } },
      },
      null,
      2,
    )
    const [object] = evaluate(json).objects
    expect(object).toMatchObject({ kind: 'Deployment', name: 'j', highestLevel: 'privileged' })
    const hostNetwork = object.levels.baseline.violations[0].locations[0]
    expect(hostNetwork).toMatchObject({ path: 'spec.template.spec.hostNetwork', line: 10, column: 9 })
  })

  it('flattens a List and a PodList, locating items inside the file', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec:\n    hostIPC: true\n    containers: [{name: a, image: b}]\n---\napiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: q}\n  spec: {containers: [{name: a, image: b, securityContext: {privileged: true}}]}\n`
    const report = evaluate(text)
    expect(report.objects.map((o) => [o.document, o.item, o.kind, o.name, o.highestLevel])).toEqual([
      [0, 1, 'Pod', 'p', 'privileged'],
      [1, 0, 'Pod', 'q', 'privileged'],
    ])
    expect(report.skipped).toEqual([
      expect.objectContaining({ document: 0, item: 0, kind: 'Service', location: expect.objectContaining({ line: 4, column: 3 }) }),
    ])
    // Paths are from the item's own root; lines are the file's.
    expect(report.objects[0].levels.baseline.violations[0].locations[0]).toMatchObject({ path: 'spec.hostIPC', line: 11, column: 5 })
    expect(report.objects[0]).toMatchObject({ podSpecPath: 'spec', location: { line: 7, column: 3 } })
  })

  it('reports documents that are not objects, or have no kind, as input errors at their place', () => {
    const report = evaluate('- a\n- b\n---\nmetadata: {name: x}\n---\nkind: ConfigMap\n')
    expect(report.errors.map((e) => [e.document, e.line, e.message.slice(0, 30)])).toEqual([
      [0, 1, 'the document is not a Kubernet'],
      [1, 4, 'the object has no kind (kubect'],
    ])
    expect(report.skipped.map((s) => s.kind)).toEqual(['ConfigMap'])
  })

  it('returns an empty report for empty text', () => {
    expect(evaluate('')).toEqual({ policyVersion: 'v1.37', requestedVersion: 'latest', objects: [], skipped: [], errors: [] })
  })

  it('never throws, even for input that is not text', () => {
    expect(evaluate(undefined as unknown as string).errors[0].message).toBe('the input is not text')
  })
})

describe('mergeReports', () => {
  it('concatenates objects, skipped objects and errors in input order', () => {
    const a = evaluate(PRIVILEGED_POD, { file: 'a.yaml' })
    const b = evaluate(`${RESTRICTED_POD}---\nkind: Service\n---\n[`, { file: 'b.yaml' })
    const merged = mergeReports([a, b])
    expect(merged.objects.map((o) => o.file)).toEqual(['a.yaml', 'b.yaml'])
    expect(merged.skipped.map((s) => s.file)).toEqual(['b.yaml'])
    expect(merged.errors.map((e) => e.file)).toEqual(['b.yaml'])
    expect(merged).toMatchObject({ policyVersion: 'v1.37', requestedVersion: 'latest' })
    expect(mergeReports([])).toEqual({ policyVersion: 'v1.37', requestedVersion: 'latest', objects: [], skipped: [], errors: [] })
  })
})
