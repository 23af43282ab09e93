import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

const run = (containers: unknown[]) => runCheck('hostPorts', pod({ containers }))
const ports = (...hostPorts: unknown[]) => ({ ports: hostPorts.map((hostPort, i) => ({ containerPort: 1000 + i, hostPort })) })

test('one container, one port', () => {
  expect(run([container('a', undefined, ports(0)), container('b', undefined, ports(20))])).toEqual({
    reason: 'hostPort',
    detail: 'container "b" uses hostPort 20',
    paths: [['spec', 'containers', 1, 'ports', 0, 'hostPort']],
  })
})

test('several containers and ports', () => {
  expect(run([container('b', undefined, ports(10, 20)), container('c', undefined, ports(30, 20))])?.detail).toBe('containers "b", "c" use hostPorts 10, 20, 30')
  expect(run([container('a', undefined, ports(80)), container('b', undefined, ports(80))])?.detail).toBe('containers "a", "b" use hostPort 80')
})

test('ports sort as strings, not numbers', () => {
  expect(run([container('a', undefined, ports(80, 443, 10000))])?.detail).toBe('container "a" uses hostPorts 10000, 443, 80')
})

test('zero, null, absent and wrongly typed host ports pass', () => {
  expect(run([container('a', undefined, ports(0, null, '80', 1.5)), container('b', undefined, { ports: [{ containerPort: 80 }] })])).toBeNull()
})
