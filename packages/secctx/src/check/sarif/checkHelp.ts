/**
 * What each Pod Security check asks for, why, and how to meet it, in our words (from the engine's
 * checks and docs/pss-reference.md), for the SARIF rules. Keyed by the engine's check ids; a test
 * holds this to CHECK_CATALOG, so a new check cannot ship without its help.
 */
import { BASELINE_CAPABILITIES } from '@secctx/engine'

/** `A, B and C`. */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The words of one check's rule. */
export interface CheckWords {
  /** A short title: what is wrong when the check fails. */
  title: string
  /** What the check requires, as a sentence. */
  requirement: string
  /** Why it matters. */
  why: string
  /** How to make the object pass. */
  fix: string
  /** The fields the check reads, as Kubernetes spells them (`[*]` for every item; `containers` stands for init and ephemeral containers too). */
  fields: readonly string[]
}

/** The words of every check, by check id. */
export const CHECK_WORDS: Readonly<Record<string, CheckWords>> = {
  appArmorProfile: {
    title: 'AppArmor profile overridden',
    requirement:
      'The pod and every container may set securityContext.appArmorProfile.type only to RuntimeDefault or Localhost, and every ' +
      'container.apparmor.security.beta.kubernetes.io/* annotation may only be runtime/default, localhost/<profile> or empty.',
    why: 'Unconfined, or a profile type the node does not know, removes the AppArmor confinement the container runtime applies by default.',
    fix: 'Remove the appArmorProfile (the runtime default then applies) or set type: RuntimeDefault, or Localhost with a profile loaded on the nodes; correct or remove the annotations.',
    fields: [
      'spec.securityContext.appArmorProfile.type',
      'spec.containers[*].securityContext.appArmorProfile.type',
      "metadata.annotations['container.apparmor.security.beta.kubernetes.io/*']",
    ],
  },
  capabilities_baseline: {
    title: 'Capability beyond the default set added',
    requirement:
      'securityContext.capabilities.add may list only capabilities the container runtime grants by default: ' +
      `${inWords([...BASELINE_CAPABILITIES])}, spelled exactly so (no CAP_ prefix).`,
    why: 'Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE give a process much of root’s power over the node and its other containers.',
    fix: 'Remove the other capabilities from capabilities.add. A workload that truly needs one belongs in a namespace that enforces privileged.',
    fields: ['spec.containers[*].securityContext.capabilities.add'],
  },
  hostNamespaces: {
    title: 'Host namespace shared',
    requirement: 'spec.hostNetwork, spec.hostPID and spec.hostIPC must be false or unset.',
    why: 'Sharing the node’s network, process or IPC namespace lets the pod see and reach the node’s and other pods’ traffic, processes and shared memory.',
    fix: 'Remove hostNetwork, hostPID and hostIPC (or set them to false); reach the pod through a Service instead of the node’s network.',
    fields: ['spec.hostNetwork', 'spec.hostPID', 'spec.hostIPC'],
  },
  hostPathVolumes: {
    title: 'hostPath volume',
    requirement: 'No volume may be a hostPath volume.',
    why: 'A hostPath volume mounts a directory of the node into the pod: node credentials, the container runtime’s socket or other pods’ data become reachable.',
    fix: 'Use an emptyDir, configMap, secret, projected or persistentVolumeClaim volume instead.',
    fields: ['spec.volumes[*].hostPath'],
  },
  hostPorts: {
    title: 'Host port',
    requirement: 'Every container port’s hostPort must be 0 or unset. For a Pod with hostNetwork: true the API server sets hostPort to containerPort.',
    why: 'A host port listens on the node’s own address, around network policies, and only one pod per node can hold it.',
    fix: 'Remove hostPort and expose the port with a Service.',
    fields: ['spec.containers[*].ports[*].hostPort'],
  },
  hostProbesAndHostLifecycle: {
    title: 'Probe or lifecycle handler aimed at another host',
    requirement:
      'The httpGet.host and tcpSocket.host of every liveness, readiness and startup probe and of every postStart and preStop handler must be empty or unset (policy v1.34 and later).',
    why: 'The kubelet makes these requests from the node: a host makes it connect anywhere the node can reach on the pod’s behalf.',
    fix: 'Remove host: the kubelet then connects to the pod’s own IP address. Use httpHeaders to set a Host header when the server needs one.',
    fields: [
      'spec.containers[*].livenessProbe|readinessProbe|startupProbe.httpGet|tcpSocket.host',
      'spec.containers[*].lifecycle.postStart|preStop.httpGet|tcpSocket.host',
    ],
  },
  privileged: {
    title: 'Privileged container',
    requirement: 'securityContext.privileged must be false or unset.',
    why: 'A privileged container gets every capability and every device and runs without seccomp or AppArmor: it is root on the node.',
    fix: 'Remove privileged: true. Grant only what the program needs (a device plugin, a single allowed capability), or run it in a namespace that enforces privileged.',
    fields: ['spec.containers[*].securityContext.privileged'],
  },
  procMount: {
    title: '/proc unmasked',
    requirement: 'securityContext.procMount must be Default or unset. From policy v1.35 a pod with hostUsers: false may use any procMount at baseline.',
    why: 'Unmasked exposes the /proc paths the container runtime hides, which reveal and change kernel state.',
    fix: 'Remove procMount or set it to Default.',
    fields: ['spec.containers[*].securityContext.procMount', 'spec.hostUsers'],
  },
  seLinuxOptions: {
    title: 'Custom SELinux options',
    requirement:
      'seLinuxOptions.type may only be empty, container_t, container_init_t, container_kvm_t or (from policy v1.31) container_engine_t; seLinuxOptions.user and role must be unset.',
    why: 'Another type, user or role can lift the SELinux confinement that keeps a container away from the node.',
    fix: 'Remove user and role, and remove type or use one of the allowed types.',
    fields: ['spec.securityContext.seLinuxOptions', 'spec.containers[*].securityContext.seLinuxOptions'],
  },
  seccompProfile_baseline: {
    title: 'Seccomp turned off',
    requirement:
      'From policy v1.19 a seccompProfile, where set on the pod or a container, must have type RuntimeDefault or Localhost. Before v1.19 the ' +
      'seccomp annotations must be runtime/default, docker/default or localhost/<profile>.',
    why: 'Unconfined removes the system-call filter, so the container can use every kernel interface, the usual path of container escapes.',
    fix: 'Set seccompProfile.type: RuntimeDefault (or Localhost with a profile on the nodes), or remove the Unconfined setting.',
    fields: [
      'spec.securityContext.seccompProfile.type',
      'spec.containers[*].securityContext.seccompProfile.type',
      "metadata.annotations['seccomp.security.alpha.kubernetes.io/pod']",
    ],
  },
  sysctls: {
    title: 'Unsafe sysctl',
    requirement:
      'spec.securityContext.sysctls may name only the safe, namespaced sysctls of the policy version: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, ' +
      'net.ipv4.tcp_syncookies, net.ipv4.ping_group_range and net.ipv4.ip_unprivileged_port_start, and those later versions add (see the policy history).',
    why: 'Other sysctls change the whole node’s kernel or are not isolated between pods.',
    fix: 'Remove the sysctl from the pod, or set it on the nodes themselves.',
    fields: ['spec.securityContext.sysctls[*].name'],
  },
  windowsHostProcess: {
    title: 'Windows HostProcess container',
    requirement: 'windowsOptions.hostProcess must be false or unset on the pod and on every container.',
    why: 'A HostProcess container runs directly on the Windows node, with the node’s network and file system.',
    fix: 'Remove hostProcess: true; node-level tasks belong in a namespace that enforces privileged.',
    fields: ['spec.securityContext.windowsOptions.hostProcess', 'spec.containers[*].securityContext.windowsOptions.hostProcess'],
  },
  allowPrivilegeEscalation: {
    title: 'Privilege escalation allowed',
    requirement:
      'Every container must set securityContext.allowPrivilegeEscalation: false; unset fails too (policy v1.8 and later; from v1.25 Windows pods, spec.os.name: windows, are exempt).',
    why: 'Without it the container’s processes can gain privileges through set-user-ID programs and file capabilities (no_new_privs is not set).',
    fix: 'Set allowPrivilegeEscalation: false in the securityContext of every container, init and ephemeral containers included.',
    fields: ['spec.containers[*].securityContext.allowPrivilegeEscalation', 'spec.os.name'],
  },
  capabilities_restricted: {
    title: 'Capabilities not dropped',
    requirement:
      'Every container must drop ALL capabilities (capabilities.drop contains "ALL") and may add back only NET_BIND_SERVICE (policy v1.22 and later; from v1.25 Windows pods are exempt).',
    why: 'The runtime’s default capabilities (CHOWN, SETUID, NET_RAW…) are more than most programs need and widen what an intruder can do.',
    fix: 'Set capabilities: {drop: [ALL]} on every container and add NET_BIND_SERVICE only when the program binds a port below 1024.',
    fields: ['spec.containers[*].securityContext.capabilities.drop', 'spec.containers[*].securityContext.capabilities.add', 'spec.os.name'],
  },
  procMount_restricted: {
    title: '/proc unmasked',
    requirement: 'securityContext.procMount must be Default or unset, even when the pod sets hostUsers: false (policy v1.35 and later).',
    why: 'Unmasked exposes the /proc paths the container runtime hides; the restricted level does not trust a user namespace to contain that.',
    fix: 'Remove procMount or set it to Default.',
    fields: ['spec.containers[*].securityContext.procMount'],
  },
  restrictedVolumes: {
    title: 'Restricted volume type',
    requirement: 'Every volume must be a configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volume.',
    why: 'Other volume types (hostPath, nfs, iscsi, cloud disks…) mount storage into the pod directly, around PersistentVolume access control.',
    fix: 'Mount the storage through a PersistentVolumeClaim, or use one of the allowed volume types.',
    fields: ['spec.volumes[*]'],
  },
  runAsNonRoot: {
    title: 'Not required to run as non-root',
    requirement: 'runAsNonRoot must be true on the pod or on every container, and false nowhere. From policy v1.35 a pod with hostUsers: false passes.',
    why: 'A container that runs as root is one kernel bug away from root on the node.',
    fix: 'Set spec.securityContext.runAsNonRoot: true, and a non-zero runAsUser unless the image’s USER is already a numeric non-zero UID (the kubelet checks).',
    fields: ['spec.securityContext.runAsNonRoot', 'spec.containers[*].securityContext.runAsNonRoot', 'spec.hostUsers'],
  },
  runAsUser: {
    title: 'Runs as UID 0',
    requirement: 'runAsUser must not be 0 on the pod or on any container (policy v1.23 and later; from v1.35 a pod with hostUsers: false passes).',
    why: 'UID 0 is root.',
    fix: 'Remove runAsUser: 0 or set a non-zero UID the image can run as.',
    fields: ['spec.securityContext.runAsUser', 'spec.containers[*].securityContext.runAsUser', 'spec.hostUsers'],
  },
  seccompProfile_restricted: {
    title: 'No seccomp profile',
    requirement:
      'seccompProfile.type must be RuntimeDefault or Localhost, set on the pod (every container inherits it) or on every container (policy v1.19 and later; from v1.25 Windows pods are exempt).',
    why: 'Without a profile the container may run unconfined, with every system call the kernel offers.',
    fix: 'Set spec.securityContext.seccompProfile.type: RuntimeDefault.',
    fields: ['spec.securityContext.seccompProfile.type', 'spec.containers[*].securityContext.seccompProfile.type', 'spec.os.name'],
  },
}
