import { expect, test } from 'vitest'
import { container, failingIds, pod, runCheck } from '../../../test/podBuilders'

const http = (host: unknown) => ({ httpGet: { port: 80, host } })
const tcp = (host: unknown) => ({ tcpSocket: { port: 80, host } })
const run = (containers: unknown[], minor?: number) => runCheck('hostProbesAndHostLifecycle', pod({ containers }), minor)

test('one host', () => {
  expect(run([container('a', undefined, { livenessProbe: http('invalid.host') })])).toEqual({
    reason: 'probe or lifecycle host',
    detail: 'container "a" uses probe or lifecycle host "invalid.host"',
    paths: [['spec', 'containers', 0, 'livenessProbe', 'httpGet', 'host']],
  })
})

test('loopback hosts are forbidden too, sorted', () => {
  const a = container('a', undefined, { livenessProbe: http('127.0.0.1'), readinessProbe: tcp('::1'), startupProbe: http('localhost') })
  expect(run([a])?.detail).toBe('container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost"')
})

test('container names are sorted and unique, unlike every other check', () => {
  const spec = {
    initContainers: [container('invalid2', undefined, { lifecycle: { preStop: tcp('b.com') } })],
    containers: [
      container('invalid1', undefined, { lifecycle: { postStart: http('a.com') } }),
      container('invalid1', undefined, { startupProbe: http('a.com') }),
    ],
  }
  const outcome = runCheck('hostProbesAndHostLifecycle', pod(spec))
  expect(outcome?.detail).toBe('containers "invalid1", "invalid2" use probe or lifecycle hosts "a.com", "b.com"')
  expect(outcome?.paths).toEqual([
    ['spec', 'initContainers', 0, 'lifecycle', 'preStop', 'tcpSocket', 'host'],
    ['spec', 'containers', 0, 'lifecycle', 'postStart', 'httpGet', 'host'],
    ['spec', 'containers', 1, 'startupProbe', 'httpGet', 'host'],
  ])
  const twins = [container('x', undefined, { livenessProbe: http('h') }), container('x', undefined, { livenessProbe: http('h') })]
  expect(run(twins)?.detail).toBe('container "x" uses probe or lifecycle host "h"')
})

test('empty hosts, grpc, exec and sleep handlers pass', () => {
  const c = container('a', undefined, {
    livenessProbe: http(''),
    readinessProbe: { grpc: { port: 1, service: 'x' } },
    startupProbe: { exec: { command: ['true'] } },
    lifecycle: { preStop: { sleep: { seconds: 1 } }, postStart: tcp(null) },
  })
  expect(run([c])).toBeNull()
})

test('runs from v1.34 only', () => {
  const template = pod({ containers: [container('a', undefined, { livenessProbe: http('h') })] })
  expect(failingIds('baseline', 33, template)).toEqual([])
  expect(failingIds('baseline', 34, template)).toEqual(['hostProbesAndHostLifecycle'])
})
