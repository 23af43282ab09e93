/**
 * What the manifest leaves to the node: Localhost seccomp and AppArmor profiles (the node must
 * have them) and sysctls the kubelet does not count as safe (the node must allow them). All three
 * are Linux-only; the Windows kubelet ignores them.
 */
import type { ContainerContext, EffectiveValue, PodTemplate } from '../model'
import type { FieldPath } from '../types'
import { asArray, asString, own } from '../util/values'
import type { KubeletIssue } from './model'
import { KUBELET_SAFE_SYSCTLS } from './safeSysctls'

const PROFILES = [
  {
    field: 'seccompProfile',
    what: (name: string) =>
      `The seccomp profile "${name}" must exist under the kubelet's seccomp directory (<root-dir>/seccomp, by default /var/lib/kubelet/seccomp) on the node`,
  },
  { field: 'appArmorProfile', what: (name: string) => `The AppArmor profile "${name}" must be loaded on the node` },
] as const

function localhostProfile(value: unknown): string | null {
  if (own(value, 'type') !== 'Localhost') return null
  return asString(own(value, 'localhostProfile')) ?? ''
}

/** A Localhost profile a container sets itself (its field, or for AppArmor its annotation). */
export function containerProfiles(container: ContainerContext): KubeletIssue[] {
  const out: KubeletIssue[] = []
  for (const { field, what } of PROFILES) {
    const effective: EffectiveValue | undefined = container.effective[field]
    // An inherited pod value is reported once, at the pod.
    if (effective?.source !== 'container') continue
    const name = localhostProfile(effective.value)
    if (name === null) continue
    out.push({
      container: container.name,
      status: 'depends',
      dependsOn: 'node',
      message: `${what(name)}, or the container does not start.`,
      path: effective.path ?? container.path,
    })
  }
  return out
}

/** The pod's own Localhost profiles (inherited by the containers that set none) and its sysctls outside the kubelet's safe set. */
export function podNodeDependencies(pod: PodTemplate): KubeletIssue[] {
  const context = own(pod.spec, 'securityContext')
  const contextPath: FieldPath = ['spec', 'securityContext']
  const out: KubeletIssue[] = []
  for (const { field, what } of PROFILES) {
    const name = localhostProfile(own(context, field))
    if (name === null) continue
    out.push({
      container: null,
      status: 'depends',
      dependsOn: 'node',
      message: `${what(name)}, or the pod's containers that use it do not start.`,
      path: [...contextPath, field],
    })
  }
  asArray(own(context, 'sysctls')).forEach((sysctl, index) => {
    const name = asString(own(sysctl, 'name'))
    if (name === undefined) return
    const message = sysctlMessage(name)
    if (message !== null) out.push({ container: null, status: 'depends', dependsOn: 'node', message, path: [...contextPath, 'sysctls', index, 'name'] })
  })
  return out
}

function sysctlMessage(name: string): string | null {
  const refusal = 'the kubelet rejects the pod (SysctlForbidden) unless the node allows it with --allowed-unsafe-sysctls'
  if (!KUBELET_SAFE_SYSCTLS.has(name)) return `${name} is not one of the kubelet's safe sysctls, so ${refusal}.`
  const kernel = KUBELET_SAFE_SYSCTLS.get(name)
  if (kernel === null || kernel === undefined) return null
  return `The kubelet counts ${name} as safe only on Linux ${kernel} or later, where it is namespaced; on an older kernel ${refusal}.`
}
