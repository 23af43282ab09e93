import { expect, test } from 'vitest'
import { pod, runCheck } from '../../../test/podBuilders'

const run = (names: unknown[], minor?: number) => runCheck('sysctls', pod({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } }), minor)

test('forbidden names in spec order, duplicates kept, unquoted, always plural', () => {
  expect(run(['b', 'kernel.shm_rmid_forced', 'a', 'b'])).toEqual({
    reason: 'forbidden sysctls',
    detail: 'b, a, b',
    paths: [0, 2, 3].map((i) => ['spec', 'securityContext', 'sysctls', i, 'name']),
  })
  expect(run(['a'])?.reason).toBe('forbidden sysctls')
})

test('the slash spelling is not recognised', () => {
  expect(run(['net/ipv4/tcp_syncookies'])?.detail).toBe('net/ipv4/tcp_syncookies')
})

test.each([
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 0],
  ['net.ipv4.ip_unprivileged_port_start', 0],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
  ['net.ipv4.tcp_rmem', 32],
  ['net.ipv4.tcp_wmem', 32],
  ['net.ipv4.tcp_slow_start_after_idle', 37],
  ['net.ipv4.tcp_notsent_lowat', 37],
])('%s is allowed from v1.%i', (name, minor) => {
  if (minor > 0) expect(run([name], minor - 1)?.detail).toBe(name)
  expect(run([name], minor)).toBeNull()
  expect(run([name], 37)).toBeNull()
})
