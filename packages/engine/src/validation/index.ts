/** API-level problems of a pod template: what the API server's decoder and validation would reject. */
import type { Finding, PodTemplate } from '../model'
import { containerSecurityContextShape, podOSShape, podSecurityContextShape } from '../podSpec/securityContextSchema'
import { podContainers } from '../util/podContainers'
import { own } from '../util/values'
import { decodeField } from './decoding'
import { validateHostProcess } from './hostProcess'
import { validateOS } from './os'
import { validateContainerSecurityContext, validatePodSecurityContext } from './securityContext'

// `ValidatePodSpec` validates regular containers before init and ephemeral ones.
const validationOrder = ['container', 'initContainer', 'ephemeralContainer']

/** API-level problems of a pod template: misplaced fields, Windows and OS field rules. */
export function validatePodTemplate(pod: PodTemplate): Finding[] {
  const spec = pod.spec
  const containers = podContainers(spec)
  const out: Finding[] = []

  decodeField(own(spec, 'securityContext'), podSecurityContextShape, ['spec', 'securityContext'], 'PodSpec', out)
  for (const { type, path, container } of containers) {
    const struct = type === 'ephemeralContainer' ? 'EphemeralContainer' : 'Container'
    decodeField(own(container, 'securityContext'), containerSecurityContextShape, [...path, 'securityContext'], struct, out)
  }
  decodeField(own(spec, 'os'), podOSShape, ['spec', 'os'], 'PodSpec', out)

  const hostUsers = own(spec, 'hostUsers') !== false
  const byValidationOrder = [...containers].sort((a, b) => validationOrder.indexOf(a.type) - validationOrder.indexOf(b.type))
  for (const { path, container } of byValidationOrder) {
    out.push(...validateContainerSecurityContext(own(container, 'securityContext'), [...path, 'securityContext'], hostUsers))
  }
  out.push(...validatePodSecurityContext(own(spec, 'securityContext'), ['spec', 'securityContext']))
  out.push(...validateHostProcess(spec))
  out.push(...validateOS(spec))
  return out
}
