/**
 * For each Pod Security check, the least disruptive change that makes it pass, planned from the
 * fields the failing check blames. Paths here are relative to the pod template root, as the checks
 * report them; the caller places them in the document.
 */
import type { CheckFailure, PodTemplate } from '../model'
import { containersPhrase, joinQuote } from '../pss/format'
import type { FieldPath } from '../types'
import { podContainers } from '../util/podContainers'
import { asArray, asRecord, asString, own } from '../util/values'
import type { FixLabel } from './types'
import { valueAt, type FixOp } from './textOps'

/** What a fix changes, how safe that is, and what else would do. */
export interface Plan {
  ops: FixOp[]
  label: FixLabel
  /** One sentence: what changes and what the app may lose. */
  description: string
  /** Other fixes the user may prefer, least disruptive first. */
  alternatives: string[]
}

type Planner = (failure: CheckFailure, pod: PodTemplate) => Plan | { reason: string }

const set = (path: FieldPath, value: string | boolean | readonly string[]): FixOp => ({ kind: 'set', path, value })
const remove = (path: FieldPath): FixOp => ({ kind: 'remove', path })

/** The container a path lies in (`['spec', 'containers', 0, …]`), or null for a pod-level path. */
function containerOf(pod: PodTemplate, path: FieldPath): string | null {
  if (path[0] !== 'spec' || typeof path[2] !== 'number' || !/ontainers$/.test(String(path[1]))) return null
  return asString(own(valueAt(pod, path.slice(0, 3)), 'name')) ?? ''
}

/** "container "a" and the pod" for a set of paths. */
function owners(pod: PodTemplate, paths: readonly FieldPath[]): string {
  const names = [...new Set(paths.map((p) => containerOf(pod, p)).filter((n): n is string => n !== null))]
  const pod_ = paths.some((p) => containerOf(pod, p) === null)
  const parts = [...(pod_ ? ['the pod'] : []), ...(names.length > 0 ? [containersPhrase(names)] : [])]
  return parts.join(' and ')
}

/** Every volumeMount and volumeDevice in any container that names the volume. */
function usesOf(pod: PodTemplate, volume: string): FieldPath[] {
  const out: FieldPath[] = []
  for (const { path, container } of podContainers(pod.spec)) {
    for (const list of ['volumeMounts', 'volumeDevices']) {
      asArray(own(container, list)).forEach((use, u) => {
        if (asString(own(use, 'name')) === volume) out.push([...path, list, u])
      })
    }
  }
  return out
}

const removeAll = (failure: CheckFailure): FixOp[] => failure.paths.map(remove)

const volumes: Planner = (failure, pod) => {
  const indexes = [...new Set(failure.paths.map((p) => p[2]).filter((i): i is number => typeof i === 'number'))]
  const names = indexes.map((i) => asString(own(valueAt(pod, ['spec', 'volumes', i]), 'name')) ?? '')
  const uses = names.flatMap((name) => usesOf(pod, name))
  return {
    ops: [...indexes.map((i): FieldPath => ['spec', 'volumes', i]), ...uses].map(remove),
    label: 'changes-behaviour',
    description: `Removes ${names.length === 1 ? 'volume' : 'volumes'} ${joinQuote(names)}${uses.length > 0 ? ' and the mounts that use it' : ''}; whatever the app read or wrote there is gone.`,
    alternatives: ['replace the volume with a persistentVolumeClaim, an emptyDir, a configMap, a secret or a projected volume that carries the same data'],
  }
}

const seccompType = (failure: CheckFailure, pod: PodTemplate): FixOp[] =>
  failure.paths.flatMap((path) => {
    if (path[0] === 'metadata') return [remove(path)]
    if (path.at(-1) !== 'type') return []
    // localhostProfile is only valid beside type Localhost.
    const profile = path.slice(0, -1)
    const extra = own(valueAt(pod, profile), 'localhostProfile') !== undefined ? [remove([...profile, 'localhostProfile'])] : []
    return [set(path, 'RuntimeDefault'), ...extra]
  })

/** How each check is fixed, by upstream check id. */
export const PLANNERS: Readonly<Record<string, Planner>> = {
  allowPrivilegeEscalation: (failure, pod) => {
    const ops: FixOp[] = []
    const lost: string[] = []
    for (const path of failure.paths) {
      ops.push(set(path, false))
      // The API server rejects allowPrivilegeEscalation: false beside privileged: true or CAP_SYS_ADMIN.
      const context = path.slice(0, -1)
      if (own(valueAt(pod, context), 'privileged') === true) {
        ops.push(remove([...context, 'privileged']))
        lost.push('privileged mode')
      }
      asArray(own(own(valueAt(pod, context), 'capabilities'), 'add')).forEach((cap, i) => {
        if (cap === 'SYS_ADMIN' || cap === 'CAP_SYS_ADMIN') {
          ops.push(remove([...context, 'capabilities', 'add', i]))
          lost.push(String(cap))
        }
      })
    }
    const who = owners(pod, failure.paths)
    if (lost.length === 0) {
      return {
        ops,
        label: 'safe',
        description: `Sets allowPrivilegeEscalation: false for ${who}; only setuid binaries such as sudo stop gaining privileges.`,
        alternatives: [],
      }
    }
    return {
      ops,
      label: 'changes-behaviour',
      description: `Sets allowPrivilegeEscalation: false for ${who} and removes ${joinQuote([...new Set(lost)])}, which the API server does not accept beside it; the container loses that access.`,
      alternatives: [],
    }
  },
  appArmorProfile: (failure, pod) => ({
    ops: failure.paths.map((path) => remove(path[0] === 'metadata' ? path : path.slice(0, -1))),
    label: 'safe',
    description: `Removes the unconfined AppArmor setting of ${owners(pod, failure.paths)}, so the runtime's default profile applies where the node has AppArmor.`,
    alternatives: ['set appArmorProfile.type: Localhost with a profile loaded on the nodes'],
  }),
  capabilities_baseline: (failure, pod) => {
    const names = failure.paths.map((p) => String(valueAt(pod, p)))
    return {
      ops: removeAll(failure),
      label: 'changes-behaviour',
      description: `Removes ${joinQuote(names)} from capabilities.add of ${owners(pod, failure.paths)}; code that needs ${names.length === 1 ? 'it' : 'them'} fails with "operation not permitted".`,
      alternatives: ['keep only capabilities from the baseline list (e.g. NET_BIND_SERVICE, CHOWN, SETUID)'],
    }
  },
  capabilities_restricted: (failure, pod) => {
    const drops = failure.paths.filter((p) => p.at(-1) === 'drop')
    const adds = failure.paths.filter((p) => typeof p.at(-1) === 'number')
    const ops: FixOp[] = drops.map((path) => (Array.isArray(valueAt(pod, path)) ? { kind: 'append', path, value: 'ALL' } : set(path, ['ALL'])))
    ops.push(...adds.map(remove))
    const parts = drops.length > 0 ? [`drops ALL capabilities for ${owners(pod, drops)}`] : []
    if (adds.length === 0)
      return {
        ops,
        label: 'safe',
        description: `${capitalise(parts[0])}; an app that runs as non-root rarely uses any.`,
        alternatives: ['add back NET_BIND_SERVICE if the app binds a port below 1024'],
      }
    const names = adds.map((p) => String(valueAt(pod, p)))
    parts.push(`removes ${joinQuote(names)} from capabilities.add of ${owners(pod, adds)}`)
    return {
      ops,
      label: 'changes-behaviour',
      description: `${capitalise(parts.join(' and '))}; code that needs them fails with "operation not permitted".`,
      alternatives: ['only NET_BIND_SERVICE may stay in capabilities.add'],
    }
  },
  hostNamespaces: (failure) => {
    const fields = failure.paths.map((p) => String(p.at(-1)))
    return {
      ops: removeAll(failure),
      label: 'changes-behaviour',
      description: `Removes ${fields.map((f) => `${f}: true`).join(', ')}; the pod gets its own ${fields.map((f) => ({ hostNetwork: 'network', hostPID: 'process', hostIPC: 'IPC' })[f] ?? f).join(', ')} namespace and no longer sees the node's.`,
      alternatives: ['expose ports through a Service instead of the host network'],
    }
  },
  hostPathVolumes: volumes,
  hostPorts: (failure, pod) => {
    // With hostNetwork the API server sets hostPort = containerPort: the cause is hostNetwork itself.
    const written = failure.paths.filter((p) => valueAt(pod, p) !== undefined)
    const ops = written.map(remove)
    if (written.length < failure.paths.length && own(pod.spec, 'hostNetwork') === true) ops.push(remove(['spec', 'hostNetwork']))
    return {
      ops,
      label: 'changes-behaviour',
      description: `Removes the host ports of ${owners(pod, failure.paths)}${written.length < failure.paths.length ? ' (and hostNetwork, which sets them)' : ''}; the ports are reachable through the pod IP or a Service, not the node's address.`,
      alternatives: ['expose the port through a Service of type NodePort or LoadBalancer'],
    }
  },
  hostProbesAndHostLifecycle: (failure, pod) => ({
    ops: removeAll(failure),
    label: 'changes-behaviour',
    description: `Removes the host field of the probes and lifecycle handlers of ${owners(pod, failure.paths)}; they then call the pod's own IP.`,
    alternatives: [],
  }),
  privileged: (failure, pod) => ({
    ops: removeAll(failure),
    label: 'changes-behaviour',
    description: `Removes privileged: true from ${owners(pod, failure.paths)}; the container loses the node's devices and every capability beyond the runtime's defaults.`,
    alternatives: ['add only the one capability the app needs, at baseline'],
  }),
  procMount: (failure, pod) => procMountPlan(failure, pod),
  procMount_restricted: (failure, pod) => procMountPlan(failure, pod),
  restrictedVolumes: volumes,
  runAsNonRoot: (failure, pod) => {
    const explicit = failure.paths.filter((p) => valueAt(pod, p) === false)
    const ops = explicit.length > 0 ? explicit.map((p) => set(p, true)) : [set(['spec', 'securityContext', 'runAsNonRoot'], true)]
    // The kubelet refuses runAsNonRoot: true beside a UID of 0, so that UID goes too.
    const rootUids = rootUidPaths(pod)
    ops.push(...rootUids.map(remove))
    const uids = effectiveUids(pod)
    const where = explicit.length > 0 ? owners(pod, explicit) : 'the pod'
    if (rootUids.length > 0) {
      return {
        ops,
        label: 'changes-behaviour',
        description: `Sets runAsNonRoot: true for ${where} and removes runAsUser: 0, which the kubelet would refuse beside it; the container runs as its image's USER, which must then be a non-zero UID.`,
        alternatives: ['set runAsUser to a non-zero UID instead of removing it'],
      }
    }
    if (uids.every((uid) => typeof uid === 'number' && uid > 0)) {
      return {
        ops,
        label: 'safe',
        description: `Sets runAsNonRoot: true for ${where}; every container already runs as a non-zero UID, so nothing changes at run time.`,
        alternatives: [],
      }
    }
    return {
      ops,
      label: 'changes-behaviour',
      description: `Sets runAsNonRoot: true for ${where}; the kubelet then starts a container only if its image's USER is a non-zero numeric UID, so set runAsUser if the image runs as root.`,
      alternatives: [
        'also set runAsUser to a non-zero UID (e.g. 65532) so the start does not depend on the image',
        'set runAsNonRoot: true in each container instead of the pod',
      ],
    }
  },
  runAsUser: (failure, pod) => ({
    ops: removeAll(failure),
    label: 'changes-behaviour',
    description: `Removes runAsUser: 0 from ${owners(pod, failure.paths)}; the container runs as its image's USER instead of root.`,
    alternatives: ['set runAsUser to a non-zero UID the image can work with'],
  }),
  seccompProfile_baseline: (failure, pod) => ({
    ops: seccompType(failure, pod),
    label: 'safe',
    description: `Replaces the unconfined seccomp profile of ${owners(pod, failure.paths)} with RuntimeDefault (annotations are removed), which blocks only syscalls almost no app makes.`,
    alternatives: ['type: Localhost with a profile of your own'],
  }),
  seccompProfile_restricted: (failure, pod) => {
    const explicit = failure.paths.filter((p) => p.at(-1) === 'type')
    if (explicit.length > 0) return { ...PLANNERS.seccompProfile_baseline(failure, pod), alternatives: ['type: Localhost with a profile of your own'] } as Plan
    return {
      ops: [set(['spec', 'securityContext', 'seccompProfile', 'type'], 'RuntimeDefault')],
      label: 'safe',
      description: 'Sets seccompProfile.type: RuntimeDefault once for the whole pod; it blocks only syscalls almost no app makes.',
      alternatives: ['set seccompProfile.type: RuntimeDefault in each container instead', 'type: Localhost with a profile of your own'],
    }
  },
  seLinuxOptions: (failure, pod) => ({
    ops: removeAll(failure),
    label: 'changes-behaviour',
    description: `Removes the forbidden seLinuxOptions of ${owners(pod, failure.paths)}; the container gets the runtime's default SELinux label.`,
    alternatives: ['use type container_t, container_init_t, container_kvm_t or container_engine_t'],
  }),
  sysctls: (failure) => ({
    ops: failure.paths.map((p) => remove(p.slice(0, -1))),
    label: 'changes-behaviour',
    description: 'Removes the unsafe sysctls; the kernel keeps its defaults for them.',
    alternatives: ['set the sysctl on the node, or use one from the safe set'],
  }),
  windowsHostProcess: (failure, pod) => ({
    ops: failure.paths.map((p) => set(p, false)),
    label: 'changes-behaviour',
    description: `Sets hostProcess: false for ${owners(pod, failure.paths)}; the container runs isolated instead of as a process on the Windows node.`,
    alternatives: [],
  }),
}

function procMountPlan(failure: CheckFailure, pod: PodTemplate): Plan {
  return {
    ops: failure.paths.map((p) => set(p, 'Default')),
    label: 'changes-behaviour',
    description: `Sets procMount: Default for ${owners(pod, failure.paths)}; /proc is masked again, which only nested container runtimes notice.`,
    alternatives: [],
  }
}

/** Every written runAsUser: 0 that some container runs with. */
function rootUidPaths(pod: PodTemplate): FieldPath[] {
  const out: FieldPath[] = []
  const podUid = own(own(pod.spec, 'securityContext'), 'runAsUser')
  let podUsed = false
  for (const { path, context } of containerContexts(pod)) {
    const own_ = own(context, 'runAsUser')
    if (own_ === 0) out.push([...path, 'securityContext', 'runAsUser'])
    if (own_ === undefined) podUsed = true
  }
  if (podUid === 0 && podUsed) out.unshift(['spec', 'securityContext', 'runAsUser'])
  return out
}

/** The UID each container runs with when the manifest says one. */
function effectiveUids(pod: PodTemplate): unknown[] {
  const podUid = own(own(pod.spec, 'securityContext'), 'runAsUser')
  return containerContexts(pod).map(({ context }) => own(context, 'runAsUser') ?? podUid)
}

function containerContexts(pod: PodTemplate): { path: FieldPath; context: Record<string, unknown> }[] {
  return podContainers(pod.spec).map(({ path, container }) => ({ path, context: asRecord(own(container, 'securityContext')) }))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
