/** Facts about a pod's volumes and environment that Windows advice depends on. */
import { podContainers } from '../util/podContainers'
import { asArray, isSet, own } from '../util/values'

const volumes = (spec: Record<string, unknown>) => asArray(own(spec, 'volumes'))

/** True when any container can read a Secret: a secret volume, a projected secret source, `secretKeyRef` or `envFrom.secretRef`. */
export function consumesSecret(spec: Record<string, unknown>): boolean {
  const inVolumes = volumes(spec).some(
    (volume) => isSet(own(volume, 'secret')) || asArray(own(own(volume, 'projected'), 'sources')).some((source) => isSet(own(source, 'secret'))),
  )
  if (inVolumes) return true
  return podContainers(spec).some(
    ({ container }) =>
      asArray(own(container, 'env')).some((env) => isSet(own(own(env, 'valueFrom'), 'secretKeyRef'))) ||
      asArray(own(container, 'envFrom')).some((source) => isSet(own(source, 'secretRef'))),
  )
}

/** True when the pod mounts a hostPath volume. */
export function usesHostPath(spec: Record<string, unknown>): boolean {
  return volumes(spec).some((volume) => isSet(own(volume, 'hostPath')))
}

/** True when the pod asks for a memory-backed emptyDir, which Windows nodes do not support. */
export function usesMemoryEmptyDir(spec: Record<string, unknown>): boolean {
  return volumes(spec).some((volume) => own(own(volume, 'emptyDir'), 'medium') === 'Memory')
}
