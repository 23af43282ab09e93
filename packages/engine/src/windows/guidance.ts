/** Windows hardening advice (windows-reference.md §5 and §7), each item under a stable id. */
import type { ContainerContext, PodTemplate } from '../model'
import type { Guidance } from '../types'
import { asString, isSet, own } from '../util/values'
import { consumesSecret, usesHostPath, usesMemoryEmptyDir } from './podFacts'

/** Every advice item the Windows view can show, in display order. */
export const guidanceCatalogue: readonly Guidance[] = [
  {
    id: 'container-administrator',
    text:
      'A container runs as ContainerAdministrator, the administrator account inside the container. Run the app as ContainerUser instead; ' +
      'in the Dockerfile, switch to USER ContainerAdministrator only for the build steps that need it (such as setx /M PATH) and back to ' +
      'USER ContainerUser afterwards. Microsoft treats only an escape by a non-administrator process as a security vulnerability of process isolation.',
  },
  {
    id: 'set-run-as-user-name',
    text:
      "A container has no runAsUserName, so it runs as the image's user: ContainerAdministrator for Server Core images, ContainerUser for " +
      'Nano Server. Set spec.securityContext.windowsOptions.runAsUserName: ContainerUser so every container runs without administrator rights.',
  },
  {
    id: 'run-as-non-root-windows',
    text:
      'On Windows, runAsNonRoot: true only stops a container whose user is ContainerAdministrator (compared case-insensitively); ' +
      'Administrator, NT AUTHORITY\\SYSTEM or a domain administrator still start. Set it all the same, since the restricted level ' +
      'requires it, and also choose a non-administrator runAsUserName such as ContainerUser.',
  },
  {
    id: 'secrets-on-node-disk',
    text:
      "On Windows nodes, Secret data is written in clear text to the node's disk instead of an in-memory tmpfs. Protect the " +
      "location with file ACLs and encrypt the node's volume with BitLocker.",
  },
  {
    id: 'service-account-token-on-node-disk',
    text:
      'Kubernetes mounts a service-account token into every container unless automountServiceAccountToken is false, and on Windows ' +
      "nodes that token, a secret too, is written to the node's disk. If the app never calls the Kubernetes API, set " +
      'automountServiceAccountToken: false in the pod spec (or on its ServiceAccount, which this view cannot see).',
  },
  {
    id: 'host-process',
    text:
      'HostProcess containers run as processes on the node with its network, files and devices and no isolation: treat the pod as privileged ' +
      '(only the privileged Pod Security level admits it). Run them as the least privileged account that works, NT AUTHORITY\\Local service ' +
      'or a local user group rather than NT AUTHORITY\\SYSTEM; runAsNonRoot cannot be true.',
  },
  {
    id: 'no-privileged-on-windows',
    text:
      'Windows has no privileged containers: privileged is rejected when spec.os.name is windows and ignored otherwise. For node-level ' +
      'access use a HostProcess container (windowsOptions.hostProcess: true with hostNetwork: true).',
  },
  {
    id: 'gmsa',
    text:
      'gmsaCredentialSpecName must be the lower-case DNS-1123 name of a cluster-scoped GMSACredentialSpec (windows.k8s.io), and the ' +
      "pod's service account needs the RBAC verb use on that name, or the gMSA webhook rejects the pod. Let the webhook fill in " +
      'gmsaCredentialSpec rather than inlining it, and run the process as NT AUTHORITY\\NETWORK SERVICE or Local System so it can act as the gMSA.',
  },
  {
    id: 'hostpath-on-windows',
    text:
      "A hostPath volume exposes the node's filesystem; c:\\var\\lib\\kubelet\\pods, for one, holds other pods' service-account tokens. " +
      'Avoid hostPath on Windows, and keep files shared with the host in their own mount outside C:\\.',
  },
  {
    id: 'no-memory-emptydir',
    text: "emptyDir with medium: Memory is not supported on Windows: there is no tmpfs, so its data would land on the node's disk.",
  },
]

const field = (container: ContainerContext, name: string) => container.effective[name]?.value

/** The advice that applies to a pod meant for Windows nodes, in catalogue order. */
export function selectGuidance(pod: PodTemplate, containers: readonly ContainerContext[]): Guidance[] {
  const hostProcess = containers.some((c) => field(c, 'windowsOptions.hostProcess') === true)
  const userName = (c: ContainerContext) => asString(field(c, 'windowsOptions.runAsUserName'))
  const applies: Record<string, boolean> = {
    'container-administrator': containers.some((c) => userName(c)?.toLowerCase() === 'containeradministrator'),
    'set-run-as-user-name': containers.some((c) => userName(c) === undefined && field(c, 'windowsOptions.hostProcess') !== true),
    'run-as-non-root-windows': containers.length > 0 && !hostProcess,
    'secrets-on-node-disk': consumesSecret(pod.spec),
    // The pod's own false wins over its ServiceAccount's setting, so only it rules the token out here.
    'service-account-token-on-node-disk': own(pod.spec, 'automountServiceAccountToken') !== false,
    'host-process': hostProcess,
    'no-privileged-on-windows': containers.some((c) => c.effective.privileged?.source === 'container'),
    gmsa: containers.some((c) => ['gmsaCredentialSpecName', 'gmsaCredentialSpec'].some((f) => isSet(field(c, `windowsOptions.${f}`)))),
    'hostpath-on-windows': usesHostPath(pod.spec),
    'no-memory-emptydir': usesMemoryEmptyDir(pod.spec),
  }
  return guidanceCatalogue.filter((item) => applies[item.id])
}
