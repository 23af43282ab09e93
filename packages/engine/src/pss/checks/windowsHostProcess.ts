import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { settersPhrase } from '../format'
import { present, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

const hostProcess = (securityContext: Record<string, unknown> | undefined) => own(present(own(securityContext, 'windowsOptions')), 'hostProcess') === true

function evaluate(pod: PodView): CheckOutcome | null {
  const paths: FieldPath[] = []
  const podBad = hostProcess(pod.securityContext)
  if (podBad) paths.push(['spec', 'securityContext', 'windowsOptions', 'hostProcess'])
  const containers: string[] = []
  for (const container of pod.containers) {
    if (!hostProcess(container.securityContext)) continue
    containers.push(container.name)
    paths.push([...container.path, 'securityContext', 'windowsOptions', 'hostProcess'])
  }
  if (!podBad && containers.length === 0) return null
  return {
    reason: 'hostProcess',
    detail: `${settersPhrase(podBad, containers)} must not set securityContext.windowsOptions.hostProcess=true`,
    paths,
  }
}

/** windowsHostProcess (baseline): no Windows HostProcess containers, at pod or container level. */
export const windowsHostProcess: Check = {
  id: 'windowsHostProcess',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
