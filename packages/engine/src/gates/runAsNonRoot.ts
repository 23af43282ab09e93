/**
 * The kubelet's `verifyRunAsNonRoot` (kubernetes/kubernetes pkg/kubelet/kuberuntime/
 * security_context_others.go for Linux, security_context_windows.go for Windows), run on the
 * effective security context the engine already merged. What the kubelet decides from the image
 * (its USER) cannot be known from a manifest, so it becomes a `depends` on the image.
 */
import type { ContainerContext, EffectiveValue } from '../model'
import type { KubeletIssue, PodIdentity } from './model'

/** The user the Windows kubelet regards as root; compared ignoring case (`strings.EqualFold`). */
const WINDOWS_ROOT_USER = 'ContainerAdministrator'

/**
 * `format.Pod`: `name_namespace(uid)`. The UID is assigned by the API server and a controller names
 * its pods after itself with a generated suffix, so those parts are shown as placeholders.
 */
function describePod({ kind, name, namespace }: PodIdentity): string {
  const podName = kind === 'Pod' ? (name ?? '') : `${name ?? ''}-<suffix>`
  return `${podName}_${namespace ?? '<namespace>'}(<uid>)`
}

/** The kubelet's runAsNonRoot verdict for one container on a Linux node, or null when it starts whatever the image. */
export function linuxRunAsNonRoot(container: ContainerContext, pod: PodIdentity): KubeletIssue | null {
  const nonRoot = container.effective.runAsNonRoot
  if (nonRoot?.value !== true) return null
  const user = container.effective.runAsUser
  if (user && user.value !== null) {
    if (user.value !== 0) return null
    return refused(container, user, `container's runAsUser breaks non-root policy (pod: "${describePod(pod)}", container: ${container.name})`)
  }
  return dependsOnImage(
    container,
    nonRoot,
    "runAsNonRoot is true and no runAsUser is set, so the kubelet checks the image's USER: it starts the container only " +
      'if that is a numeric UID other than 0. Root is refused ("container has runAsNonRoot and image will run as root"), ' +
      'and so is a user name such as nginx, which cannot be verified ("container has runAsNonRoot and image has non-numeric user (nginx), ' +
      'cannot verify user is non-root"). Set runAsUser to a non-zero UID to make it certain.',
  )
}

/** The kubelet's runAsNonRoot verdict for one container on a Windows node, or null when it starts whatever the image. */
export function windowsRunAsNonRoot(container: ContainerContext, pod: PodIdentity): KubeletIssue | null {
  const nonRoot = container.effective.runAsNonRoot
  if (nonRoot?.value !== true) return null
  // The Windows kubelet ignores runAsUser (it only logs that Windows does not support it).
  const userName = container.effective['windowsOptions.runAsUserName']
  if (userName && userName.value !== null) {
    if (typeof userName.value !== 'string' || userName.value.toLowerCase() !== WINDOWS_ROOT_USER.toLowerCase()) return null
    const message = `container's runAsUserName (${userName.value}) which will be regarded as root identity and will break non-root policy (pod: "${describePod(pod)}", container: ${container.name})`
    return refused(container, userName, message)
  }
  return dependsOnImage(
    container,
    nonRoot,
    "runAsNonRoot is true and no runAsUserName is set, so the kubelet checks the image's user: it refuses ContainerAdministrator, " +
      'the default of Server Core images ("container\'s runAsUser (ContainerAdministrator) which will be regarded as root identity and ' +
      'will break non-root policy"); Nano Server images run as ContainerUser. Set windowsOptions.runAsUserName: ContainerUser to make it certain.',
  )
}

/** A refusal blamed on the effective field that causes it. */
function refused(container: ContainerContext, cause: EffectiveValue, message: string): KubeletIssue {
  return { container: container.name, status: 'refused', message, path: cause.path ?? container.path }
}

/** An outcome left to the image, blamed on the runAsNonRoot in effect. */
function dependsOnImage(container: ContainerContext, nonRoot: EffectiveValue, message: string): KubeletIssue {
  return { container: container.name, status: 'depends', dependsOn: 'image', message, path: nonRoot.path ?? container.path }
}
