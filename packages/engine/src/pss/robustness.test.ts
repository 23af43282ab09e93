import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { PodTemplate } from '../model'
import { applyApiDefaults, evaluatePodSecurity, formatFailures } from './index'
import { container, failingIds, pod } from '../../test/podBuilders'

// Field names the checks read, so random input actually reaches them.
const KEYS = [
  'securityContext',
  'containers',
  'initContainers',
  'ephemeralContainers',
  'volumes',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'hostUsers',
  'os',
  'name',
  'ports',
  'hostPort',
  'containerPort',
  'capabilities',
  'add',
  'drop',
  'privileged',
  'procMount',
  'runAsUser',
  'runAsNonRoot',
  'seccompProfile',
  'appArmorProfile',
  'seLinuxOptions',
  'type',
  'user',
  'role',
  'sysctls',
  'windowsOptions',
  'hostProcess',
  'allowPrivilegeEscalation',
  'hostPath',
  'emptyDir',
  'livenessProbe',
  'lifecycle',
  'postStart',
  'httpGet',
  'tcpSocket',
  'host',
  'annotations',
  '__proto__',
  'constructor',
]
const leaf = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -2, max: 70000 }), fc.string(), fc.double())
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 })),
})).node

test('random, wrongly typed input never throws and always yields well-formed failures', () => {
  fc.assert(
    fc.property(tree, tree, fc.boolean(), fc.integer({ min: 0, max: 40 }), (metadata, spec, isPod, minor) => {
      const template = applyApiDefaults({ metadata, spec } as unknown as PodTemplate, { isPod })
      for (const level of ['baseline', 'restricted'] as const) {
        const failures = evaluatePodSecurity(template, level, { label: `v1.${minor}`, minor })
        expect(typeof formatFailures(failures)).toBe('string')
        for (const f of failures) {
          expect(f.reason).not.toBe('')
          expect(f.paths.length).toBeGreaterThan(0)
          for (const path of f.paths) expect(['metadata', 'spec']).toContain(path[0])
        }
      }
    }),
    { numRuns: 500 },
  )
})

test('wrongly typed fields read as absent', () => {
  const template = pod({
    hostNetwork: 'true',
    volumes: 'hostPath',
    securityContext: { runAsNonRoot: 'true', sysctls: 'kernel.msgmax' },
    containers: [
      'not a container',
      null,
      container('a', { allowPrivilegeEscalation: 'false', privileged: 1, capabilities: { drop: 'ALL', add: [7, 'NET_BIND_SERVICE'] }, procMount: 5 }),
    ],
  })
  expect(failingIds('baseline', 37, template)).toEqual([])
  expect(evaluatePodSecurity(template, 'restricted', { label: 'latest', minor: 37 }).map((f) => f.detail)).toEqual([
    'container "a" must set securityContext.allowPrivilegeEscalation=false',
    'container "a" must set securityContext.capabilities.drop=["ALL"]',
    'pod or container "a" must set securityContext.runAsNonRoot=true',
    'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
  ])
})

test('inherited properties never count as fields', () => {
  const spec = Object.create({ hostPID: true, containers: [container('x', { privileged: true })] }) as Record<string, unknown>
  expect(failingIds('baseline', 37, { metadata: {}, spec })).toEqual([])
  const parsed = JSON.parse('{"__proto__": {"hostPID": true}}') as Record<string, unknown>
  expect(failingIds('baseline', 37, { metadata: {}, spec: parsed })).toEqual([])
})
