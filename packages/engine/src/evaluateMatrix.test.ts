import { describe, expect, test } from 'vitest'
import { evaluate } from './evaluate'
import { CHECKS, LATEST_MINOR } from './pss'
import type { ObjectReport } from './types'

const all = (text: string): ObjectReport => {
  const report = evaluate(text, { versions: 'all' })
  expect(report.errors).toEqual([])
  return report.objects[0]
}
const changesOf = (text: string) => all(text).changes!.map((c) => `${c.version} ${c.check} ${c.kind}`)

const podWith = (spec: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p${annotations ? `\n  annotations:\n${annotations}` : ''}
spec:
${spec}`

/** One manifest per upstream change; together they exercise every variant after v1.0. */
const EXERCISES: Record<string, { text: string; expected: string[] }> = {
  rootInitContainer: {
    text: podWith(`  initContainers:
  - name: init
    image: busybox
    securityContext: {runAsUser: 0}
  containers:
  - name: app
    image: nginx
    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}`),
    expected: ['v1.8 allowPrivilegeEscalation added', 'v1.22 capabilities_restricted added', 'v1.23 runAsUser added'],
  },
  seccompAnnotation: {
    text: podWith('  containers:\n  - name: app\n    image: nginx', '    seccomp.security.alpha.kubernetes.io/pod: unconfined'),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_baseline relaxed',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
    ],
  },
  seccompField: {
    text: podWith('  securityContext: {seccompProfile: {type: Unconfined}}\n  containers:\n  - name: app\n    image: nginx'),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_baseline changed',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
    ],
  },
  windows: {
    text: podWith('  os: {name: windows}\n  securityContext: {runAsNonRoot: true}\n  containers:\n  - name: app\n    image: iis'),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
      'v1.25 allowPrivilegeEscalation relaxed',
      'v1.25 capabilities_restricted relaxed',
      'v1.25 seccompProfile_restricted relaxed',
    ],
  },
  sysctls: {
    text: podWith(`  securityContext:
    sysctls:
    - {name: net.ipv4.ip_local_reserved_ports, value: "1"}
    - {name: net.ipv4.tcp_keepalive_time, value: "1"}
    - {name: net.ipv4.tcp_rmem, value: "1"}
    - {name: net.ipv4.tcp_notsent_lowat, value: "1"}
  containers:
  - name: app
    image: nginx`),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
      'v1.27 sysctls changed',
      'v1.29 sysctls changed',
      'v1.32 sysctls changed',
      'v1.37 sysctls relaxed',
    ],
  },
  seLinux: {
    text: podWith('  securityContext: {seLinuxOptions: {type: container_engine_t}}\n  containers:\n  - name: app\n    image: nginx'),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
      'v1.31 seLinuxOptions relaxed',
    ],
  },
  hostProbe: {
    text: podWith('  containers:\n  - name: app\n    image: nginx\n    livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}'),
    expected: [
      'v1.8 allowPrivilegeEscalation added',
      'v1.19 seccompProfile_restricted added',
      'v1.22 capabilities_restricted added',
      'v1.34 hostProbesAndHostLifecycle added',
    ],
  },
  userNamespace: {
    text: podWith(`  hostUsers: false
  securityContext: {runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext: {procMount: Unmasked, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}`),
    expected: ['v1.23 runAsUser added', 'v1.35 procMount relaxed', 'v1.35 procMount_restricted added', 'v1.35 runAsNonRoot relaxed', 'v1.35 runAsUser relaxed'],
  },
}

describe('version matrix', () => {
  for (const [name, { text, expected }] of Object.entries(EXERCISES)) {
    test(`${name}: names each upstream change that concerns the object`, () => {
      expect(changesOf(text)).toEqual(expected)
    })
  }

  test('every variant after v1.0 is exercised by one of the manifests above', () => {
    const named = new Set(Object.values(EXERCISES).flatMap((e) => e.expected.map((line) => line.split(' ').slice(0, 2).join(' '))))
    for (const check of CHECKS) {
      for (const variant of check.variants) {
        if (variant.minVersion === 0) continue
        expect(named, `${check.id} at v1.${variant.minVersion}`).toContain(`v1.${variant.minVersion} ${check.id}`)
        expect(variant.change, `${check.id} at v1.${variant.minVersion} says what changed`).toMatch(/\w/)
      }
    }
  })

  test('each range holds the verdict a single-version evaluation gives at every minor in it', () => {
    for (const { text } of Object.values(EXERCISES)) {
      const { matrix } = all(text)
      expect(matrix![0].from).toBe('v1.0')
      expect(matrix![matrix!.length - 1].to).toBe(`v1.${LATEST_MINOR}`)
      for (const range of matrix!) {
        for (let minor = Number(range.from.slice(3)); minor <= Number(range.to.slice(3)); minor++) {
          const single = evaluate(text, { version: `v1.${minor}` }).objects[0]
          expect({ minor, level: range.highestLevel, b: range.baseline.allowed, r: range.restricted.allowed }).toEqual({
            minor,
            level: single.highestLevel,
            b: single.levels.baseline.allowed,
            r: single.levels.restricted.allowed,
          })
        }
      }
    }
  })

  test('ranges are compressed: a hardened pod with a root init container is baseline from v1.23', () => {
    const text = EXERCISES.rootInitContainer.text.replace(
      'securityContext: {runAsUser: 0}',
      'securityContext: {runAsUser: 0, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}',
    )
    const { matrix, changes } = all(text)
    expect(matrix).toEqual([
      { from: 'v1.0', to: 'v1.22', highestLevel: 'restricted', baseline: { allowed: true }, restricted: { allowed: true } },
      { from: 'v1.23', to: 'v1.37', highestLevel: 'baseline', baseline: { allowed: true }, restricted: { allowed: false } },
    ])
    const runAsUser = changes!.find((c) => c.check === 'runAsUser')!
    expect(runAsUser.note).toBe('restricted check added: nothing may set runAsUser=0 — now fails: runAsUser=0 (container "init" must not set runAsUser=0)')
    expect(runAsUser.locations.map((l) => [l.path, l.line])).toEqual([['spec.initContainers[0].securityContext.runAsUser', 9]])
    expect([runAsUser.failure, runAsUser.previous]).toEqual([{ reason: 'runAsUser=0', detail: 'container "init" must not set runAsUser=0' }, null])
  })

  test('hostUsers: false names the relaxation and the field that no longer fails', () => {
    const change = all(EXERCISES.userNamespace.text).changes!.find((c) => c.check === 'runAsUser' && c.kind === 'relaxed')!
    expect(change.note).toBe('hostUsers: false (a user namespace) relaxes runAsUser — no longer fails: runAsUser=0 (pod must not set runAsUser=0)')
    expect(change.locations[0].path).toBe('spec.securityContext.runAsUser')
    expect([change.failure, change.previous]).toEqual([null, { reason: 'runAsUser=0', detail: 'pod must not set runAsUser=0' }])
  })

  test('a workload is located in its template; a narrower range keeps only its own changes', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        livenessProbe: {tcpSocket: {host: example.org, port: 80}}`
    const object = evaluate(deployment, { versions: 'v1.30..latest' }).objects[0]
    expect(object.matrix!.map((r) => `${r.from}-${r.to} ${r.highestLevel}`)).toEqual(['v1.30-v1.33 baseline', 'v1.34-v1.37 privileged'])
    expect(object.changes!.map((c) => [c.version, c.check, c.locations[0].path])).toEqual([
      ['v1.34', 'hostProbesAndHostLifecycle', 'spec.template.spec.containers[0].livenessProbe.tcpSocket.host'],
    ])
  })

  test('one version is one range and no changes; without versions there is no matrix', () => {
    const object = evaluate(EXERCISES.hostProbe.text, { versions: 'v1.20..v1.20' }).objects[0]
    expect(object.matrix).toEqual([{ from: 'v1.20', to: 'v1.20', highestLevel: 'baseline', baseline: { allowed: true }, restricted: { allowed: false } }])
    expect(object.changes).toEqual([])
    expect('matrix' in evaluate(EXERCISES.hostProbe.text).objects[0]).toBe(false)
  })

  test('a bad range is an input error that names the accepted forms', () => {
    for (const bad of ['v1.30', 'v1.30..', 'latest..v1.30', 'v1.30..v1.20', '1.2..1.3', 'v1.2..v1.3..v1.4']) {
      const report = evaluate(EXERCISES.hostProbe.text, { versions: bad })
      expect(report.objects).toEqual([])
      expect(report.errors[0].message, bad).toMatch(/^invalid version range/)
    }
    expect(evaluate(EXERCISES.hostProbe.text, { versions: 'v1.30..v1.99' }).objects[0].matrix!.at(-1)!.to).toBe('v1.37')
  })
})
