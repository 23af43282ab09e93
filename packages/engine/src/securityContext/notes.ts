/** What each effective container field means in practice, in words: the default, and notable set values. */
import type { EffectiveValue } from '../model'
import { asArray, asString, own } from '../util/values'

/** Every effective field of one container, by name. */
export type Values = Readonly<Record<string, EffectiveValue>>
type Describe = (value: unknown, all: Values) => string | undefined

const capabilityList = (value: unknown, key: string) => asArray(own(value, key)).filter((c): c is string => typeof c === 'string')

/** The added capability that makes no_new_privs moot, if any: SYS_ADMIN in either spelling, or ALL. */
export function addsSysAdmin(capabilities: unknown): string | undefined {
  return capabilityList(capabilities, 'add').find((c) => ['SYS_ADMIN', 'CAP_SYS_ADMIN', 'ALL'].includes(c.toUpperCase()))
}

const profileNote = (what: string, where: string) => (value: unknown) => {
  const type = own(value, 'type')
  if (type === 'RuntimeDefault') return `The container runtime's default ${what} profile.`
  if (type === 'Unconfined') return `No ${what} confinement.`
  if (type === 'Localhost') return `The profile ${asString(own(value, 'localhostProfile')) ?? '(missing localhostProfile)'} ${where}.`
  return undefined
}

/** True when the container runs privileged. */
export const isPrivileged = (all: Values) => all.privileged?.value === true

/** Per field: what an unset value means, and what to say about a set one. */
export const describers: Readonly<Record<string, { unset: string; set?: Describe }>> = {
  allowPrivilegeEscalation: {
    unset: 'Not set: escalation is allowed; the kubelet sets no_new_privs only when this is false.',
    set: (value) =>
      value === false
        ? 'no_new_privs is set: setuid binaries and file capabilities cannot raise privileges.'
        : 'Escalation allowed: setuid binaries and file capabilities can raise privileges.',
  },
  appArmorProfile: {
    unset: "Not set: the container runtime's default profile when AppArmor is enabled on the node (privileged containers run unconfined).",
    set: profileNote('AppArmor', 'loaded on the node'),
  },
  capabilities: {
    unset: "Not set: the container runtime's default set (containerd: 14 capabilities, among them CHOWN, DAC_OVERRIDE, NET_RAW, SETUID and SETGID).",
    set: (value, all) => {
      if (isPrivileged(all)) return 'Not applied: a privileged container gets every capability.'
      const drop = capabilityList(value, 'drop')
      const add = capabilityList(value, 'add')
      const base = drop.some((c) => c.toUpperCase() === 'ALL') ? 'Drops ALL' : `The runtime's default set${drop.length ? `, minus ${drop.join(', ')}` : ''}`
      // containerd prepends CAP_ itself; only CRI-O also accepts the prefixed spelling (kubernetes/kubernetes#119568).
      const prefixed = [...add, ...drop].filter((c) => c.toUpperCase().startsWith('CAP_'))
      const prefixNote = prefixed.length ? ` ${prefixed.join(', ')}: containerd adds its own CAP_ prefix, so only CRI-O understands this spelling.` : ''
      return `${base}${add.length ? `, plus ${add.join(', ')}` : ''}.${prefixNote}`
    },
  },
  privileged: {
    unset: 'Not set: not privileged.',
    set: (value) => (value === true ? 'Privileged: every capability, every host device, and no seccomp or AppArmor confinement.' : 'Not privileged.'),
  },
  procMount: {
    unset: 'Not set: Default, /proc is masked and partly read-only.',
    set: (value) => (value === 'Unmasked' ? '/proc is not masked; the API server accepts this only with hostUsers: false.' : undefined),
  },
  readOnlyRootFilesystem: {
    unset: 'Not set: the root filesystem is writable.',
    set: (value) => (value === true ? 'Read-only root filesystem: writes must go to volumes.' : 'Writable root filesystem.'),
  },
  runAsGroup: {
    unset: "Not set: the image's group (the primary group of its USER, else 0, root).",
    set: (value) => (value === 0 ? 'Runs with GID 0, the root group.' : undefined),
  },
  runAsNonRoot: {
    unset: 'Not set: no check; the container may run as root.',
    set: (value) =>
      value === true
        ? "The kubelet refuses to start the container as UID 0 (on Windows: as ContainerAdministrator); without runAsUser it checks the image's numeric USER."
        : 'Explicitly allows running as root.',
  },
  runAsUser: {
    unset: "Not set: the image's USER (root when the image sets none).",
    set: (value) => (value === 0 ? 'Runs as root (UID 0).' : undefined),
  },
  seLinuxOptions: {
    unset: 'Not set: the container runtime assigns a label (container_t with a unique MCS level) when SELinux is enforcing on the node.',
  },
  seccompProfile: {
    unset: 'Not set: Unconfined, unless the kubelet runs with seccompDefault: true (--seccomp-default), which makes it RuntimeDefault.',
    set: profileNote('seccomp', "from the kubelet's seccomp directory"),
  },
  'windowsOptions.gmsaCredentialSpec': {
    unset: 'Not set: no gMSA credential spec; the gMSA webhook normally fills it in from gmsaCredentialSpecName.',
  },
  'windowsOptions.gmsaCredentialSpecName': { unset: 'Not set: no gMSA identity.' },
  'windowsOptions.hostProcess': {
    unset: 'Not set: an ordinary, isolated Windows container.',
    set: (value) =>
      value === true
        ? 'HostProcess: runs as a process on the Windows node with host network, storage and devices, and no isolation.'
        : 'Not a HostProcess container.',
  },
  'windowsOptions.runAsUserName': {
    unset: "Not set: the image's user (Nano Server images default to ContainerUser, Server Core images to ContainerAdministrator).",
    set: (value) => {
      const name = asString(value)?.toLowerCase()
      if (name === 'containeradministrator') return 'The administrator account inside the container; prefer ContainerUser.'
      if (name === 'containeruser') return 'The non-administrator account inside the container.'
      if (name === 'nt authority\\system')
        return 'LocalSystem, the most privileged Windows account; HostProcess containers should prefer NT AUTHORITY\\Local service.'
      if (name === 'nt authority\\network service') return 'A built-in service account; a process must run as it (or as LocalSystem) to act as a gMSA.'
      if (name === 'nt authority\\local service') return 'The least privileged built-in service account.'
      return undefined
    },
  },
}
