import { describe, expect, test } from 'vitest'
import { applyEdits, describeWhatIf, evaluate, whatIf, type WhatIfResult } from '../index'
import { lineMapBack } from './lineMap'

const POD = `# leading comment
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx
      securityContext:
        runAsUser: 0
`

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      os: {name: linux}
      containers:
      - name: web
        image: nginx
        securityContext: {runAsNonRoot: true, runAsUser: 0, seLinuxOptions: {type: spc_t}}
`

const ok = (result: ReturnType<typeof whatIf>): WhatIfResult => {
  if ('reason' in result) throw new Error(result.reason)
  return result
}

describe('whatIf', () => {
  test('hostUsers: false relaxes runAsUser from v1.35 and the edits make exactly the change', () => {
    const before = evaluate(POD).objects[0]
    expect(before.levels.restricted.violations.map((v) => v.check)).toContain('runAsUser')
    const result = ok(whatIf(POD, { document: 0, item: null }, { kind: 'hostUsers' }))
    const changed = applyEdits(POD, result.edits)
    expect(changed).toContain('  hostUsers: false\n')
    expect(changed.replace('  hostUsers: false\n', '')).toBe(POD)
    expect(result.object.levels.restricted.violations.map((v) => v.check)).not.toContain('runAsUser')
    // The evaluated object is the one in the changed text: the same failing checks a full evaluation gives, and its matrix.
    const full = evaluate(changed).objects[0]
    for (const level of ['baseline', 'restricted'] as const) {
      expect(result.object.levels[level].violations.map((v) => v.check)).toEqual(full.levels[level].violations.map((v) => v.check))
    }
    expect(result.object.changes?.some((c) => c.version === 'v1.35' && c.check === 'runAsUser' && c.kind === 'relaxed')).toBe(true)
    // Before v1.35 user namespaces relax nothing.
    const old = ok(whatIf(POD, { document: 0, item: null }, { kind: 'hostUsers' }, { version: 'v1.34' }))
    expect(old.object.levels.restricted.violations.map((v) => v.check)).toContain('runAsUser')
  })

  test("lines point into the user's text, not the changed copy", () => {
    // spec before metadata: the lines the what-if adds to spec push the annotation down in the copy.
    const text = `apiVersion: v1
kind: Pod
spec:
  containers:
    - name: app
      image: nginx
metadata:
  name: app
  annotations:
    container.seccomp.security.alpha.kubernetes.io/app: unconfined
`
    const result = ok(whatIf(text, { document: 0, item: null }, { kind: 'os', name: 'linux' }, { version: 'v1.18' }))
    const changed = applyEdits(text, result.edits)
    expect(changed.split('\n').findIndex((line) => line.includes('unconfined')) + 1).toBe(12)
    const seccomp = result.object.levels.baseline.violations.find((v) => v.check === 'seccompProfile_baseline')!
    expect(seccomp.locations[0].line).toBe(10)
    expect(result.object.location.line).toBe(1)
  })

  test('spec.os.name: windows on a workload replaces linux in flow style, and the API server then rejects seLinuxOptions', () => {
    const result = ok(whatIf(DEPLOYMENT, { document: 0, item: null }, { kind: 'os', name: 'windows' }))
    expect(applyEdits(DEPLOYMENT, result.edits)).toContain('os: {name: windows}')
    expect(result.object.windows.osName).toBe('windows')
    expect(result.object.gates.api.accepted).toBe(false)
    expect(evaluate(DEPLOYMENT).objects[0].gates.api.accepted).toBe(true)
  })

  test('a field that already says so, or a level already met, is a reason, not an empty change', () => {
    expect(whatIf(DEPLOYMENT, { document: 0, item: null }, { kind: 'os', name: 'linux' })).toEqual({ reason: 'it already says spec.os.name: linux' })
    const baseline = evaluate(POD).objects[0]
    expect(baseline.levels.baseline.allowed).toBe(true)
    expect(whatIf(POD, { document: 0, item: null }, { kind: 'level', level: 'baseline' })).toEqual({ reason: 'it already meets Baseline' })
    expect(whatIf(POD, { document: 3, item: null }, { kind: 'hostUsers' })).toEqual({ reason: 'the object is no longer in the text' })
    expect('reason' in whatIf(POD, { document: 0, item: null }, { kind: 'hostUsers' }, { version: 'v2.0' })).toBe(true)
  })

  test('a level what-if makes the fixes Make it Restricted makes, and judges admission at that level', () => {
    const result = ok(whatIf(POD, { document: 0, item: null }, { kind: 'level', level: 'restricted' }))
    expect(result.fixes.map((f) => f.check)).toEqual(expect.arrayContaining(['runAsNonRoot', 'seccompProfile_restricted']))
    expect(result.object.levels.restricted.allowed).toBe(true)
    expect(result.object.gates.admission.level).toBe('restricted')
    expect(evaluate(applyEdits(POD, result.edits)).objects[0].levels.restricted.allowed).toBe(true)
    // Not the report's default level: a Baseline what-if is judged at Baseline.
    const baseline = ok(whatIf(DEPLOYMENT, { document: 0, item: null }, { kind: 'level', level: 'baseline' }))
    expect([baseline.object.gates.admission.level, baseline.object.levels.baseline.allowed]).toEqual(['baseline', true])
    expect(describeWhatIf({ kind: 'level', level: 'baseline' })).toBe('made Baseline')
  })

  test('the object of a later document keeps its document index and its lines in the whole stream', () => {
    const stream = `${POD}---\n${POD.replace('name: app\nspec', 'name: second\nspec')}`
    const result = ok(whatIf(stream, { document: 1, item: null }, { kind: 'hostUsers' }))
    expect(result.object.document).toBe(1)
    expect(result.object.name).toBe('second')
    expect(result.object.levels.restricted.violations.find((v) => v.check === 'allowPrivilegeEscalation')!.locations[0].line).toBeGreaterThan(12)
    expect(applyEdits(stream, result.edits).startsWith(POD)).toBe(true)
  })

  test('a JSON value that shares its line with another is the one changed, and its columns count from the line start', () => {
    const x = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"a","image":"i"}]}}'
    const y = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"y"},"spec":{"containers":[{"name":"a","image":"i","securityContext":{"privileged":true}}]}}'
    const text = `${x} ${y}`
    const result = ok(whatIf(text, { document: 1, item: null }, { kind: 'hostUsers' }))
    expect(result.object.name).toBe('y')
    const changed = applyEdits(text, result.edits)
    expect(changed.startsWith(`${x} `)).toBe(true)
    expect(JSON.parse(changed.slice(x.length + 1)).spec.hostUsers).toBe(false)
    expect(evaluate(changed).objects.map((o) => o.name)).toEqual(['x', 'y'])
    // Positions point into the user's text: where a full evaluation of it puts y (its end moved with the edit).
    const full = evaluate(text).objects[1]
    expect([result.object.location.line, result.object.location.column]).toEqual([1, x.length + 2])
    expect([full.location.line, full.location.column]).toEqual([1, x.length + 2])
    expect(result.object.levels.baseline.violations[0].locations).toEqual(full.levels.baseline.violations[0].locations)
  })

  test('manifest values keep their `__proto__` keys as plain data, and never set a prototype', () => {
    const text = POD.replace('runAsUser: 0', 'seLinuxOptions: {"__proto__": {"user": "x"}, user: u}')
    const real = evaluate(text).objects[0].containers[0].effective.seLinuxOptions.value
    const value = ok(whatIf(text, { document: 0, item: null }, { kind: 'hostUsers' })).object.containers[0].effective.seLinuxOptions.value
    expect(JSON.stringify(value)).toBe(JSON.stringify(real))
    expect(JSON.stringify(value)).toBe('{"__proto__":{"user":"x"},"user":"u"}')
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })
})

describe('lineMapBack', () => {
  test('lines after an insertion move back; inserted lines point where it starts; replaced lines to the old ones', () => {
    const before = 'a\nb\nc\nd\n'
    const map = lineMapBack(before, [
      { start: 2, end: 2, text: 'x\ny\n' }, // two lines before b
      { start: 4, end: 6, text: 'C\n' }, // c rewritten
    ])
    // after: a x y b C d
    expect([1, 2, 3, 4, 5, 6].map(map)).toEqual([1, 2, 2, 2, 3, 4])
  })
})
