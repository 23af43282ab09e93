/**
 * The kubelet's own safe sysctls (kubernetes/kubernetes pkg/kubelet/sysctl/safe_sysctls.go, with
 * the kernel versions of pkg/util/kernel/constants.go). It is not Pod Security's allow-list: the
 * kubelet drops a name on kernels older than the one where it became namespaced, and Pod
 * Security's newest names (v1.37: tcp_slow_start_after_idle, tcp_notsent_lowat) are not in it.
 */

/** Each safe name, with the oldest kernel on which the kubelet counts it as safe, when there is one. */
export const KUBELET_SAFE_SYSCTLS: ReadonlyMap<string, string | null> = new Map([
  ['kernel.shm_rmid_forced', null],
  ['net.ipv4.ip_local_port_range', null],
  ['net.ipv4.tcp_syncookies', null],
  ['net.ipv4.ping_group_range', null],
  ['net.ipv4.ip_unprivileged_port_start', null],
  ['net.ipv4.ip_local_reserved_ports', '3.16'],
  ['net.ipv4.tcp_keepalive_time', '4.5'],
  ['net.ipv4.tcp_fin_timeout', '4.6'],
  ['net.ipv4.tcp_keepalive_intvl', '4.5'],
  ['net.ipv4.tcp_keepalive_probes', '4.5'],
  ['net.ipv4.tcp_rmem', null],
  ['net.ipv4.tcp_wmem', null],
])
