import type { FieldPath } from '../../types'
import { eachRecord, text, type PodView } from '../podView'
import type { Check, CheckOutcome, Evaluate } from './types'

const SYSCTLS_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
]
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports']
const SYSCTLS_1_29 = [
  ...SYSCTLS_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']
const SYSCTLS_1_37 = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']

function allowing(names: readonly string[]): Evaluate {
  const allowed = new Set(names)
  return (pod: PodView): CheckOutcome | null => {
    const forbidden: string[] = []
    const paths: FieldPath[] = []
    eachRecord(pod.securityContext, 'sysctls', (sysctl, index) => {
      const name = text(sysctl, 'name')
      if (allowed.has(name)) return
      forbidden.push(name)
      paths.push(['spec', 'securityContext', 'sysctls', index, 'name'])
    })
    if (forbidden.length === 0) return null
    // Upstream keeps spec order, duplicates and no quotes here, and the reason is always plural.
    return { reason: 'forbidden sysctls', detail: forbidden.join(', '), paths }
  }
}

/** sysctls (baseline): only the namespaced, safe sysctls of the version's allow-list. */
export const sysctls: Check = {
  id: 'sysctls',
  level: 'baseline',
  variants: [
    { minVersion: 0, evaluate: allowing(SYSCTLS_1_0) },
    { minVersion: 27, evaluate: allowing(SYSCTLS_1_27), change: 'sysctl net.ipv4.ip_local_reserved_ports allowed' },
    {
      minVersion: 29,
      evaluate: allowing(SYSCTLS_1_29),
      change: 'sysctls net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl and tcp_keepalive_probes allowed',
    },
    { minVersion: 32, evaluate: allowing(SYSCTLS_1_32), change: 'sysctls net.ipv4.tcp_rmem and net.ipv4.tcp_wmem allowed' },
    { minVersion: 37, evaluate: allowing(SYSCTLS_1_37), change: 'sysctls net.ipv4.tcp_slow_start_after_idle and net.ipv4.tcp_notsent_lowat allowed' },
  ],
}
