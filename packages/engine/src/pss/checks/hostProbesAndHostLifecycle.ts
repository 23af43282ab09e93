import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { joinQuote, plural, sortedUnique } from '../format'
import { present, text, type ContainerView, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const
const HOOKS = ['postStart', 'preStop'] as const
const ACTIONS = ['httpGet', 'tcpSocket'] as const

/** Every handler of a container whose host upstream inspects, with its path. */
function handlers(container: ContainerView): { handler: Record<string, unknown>; path: FieldPath }[] {
  const found: { handler: Record<string, unknown>; path: FieldPath }[] = []
  for (const probe of PROBES) {
    const handler = present(own(container.fields, probe))
    if (handler) found.push({ handler, path: [...container.path, probe] })
  }
  const lifecycle = present(own(container.fields, 'lifecycle'))
  for (const hook of HOOKS) {
    const handler = present(own(lifecycle, hook))
    if (handler) found.push({ handler, path: [...container.path, 'lifecycle', hook] })
  }
  return found
}

function evaluate(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const hosts: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    for (const { handler, path } of handlers(container)) {
      for (const action of ACTIONS) {
        const host = text(present(own(handler, action)), 'host')
        if (host === '') continue
        containers.push(container.name)
        hosts.push(host)
        paths.push([...path, action, 'host'])
      }
    }
  }
  if (containers.length === 0) return null
  // Unlike every other check, upstream collects both lists in sets, so names are sorted and counted unique.
  const names = sortedUnique(containers)
  const distinct = sortedUnique(hosts)
  return {
    reason: 'probe or lifecycle host',
    detail: `${plural('container', 'containers', names.length)} ${joinQuote(names)} ${plural('uses', 'use', names.length)} ${plural('probe or lifecycle host', 'probe or lifecycle hosts', distinct.length)} ${joinQuote(distinct)}`,
    paths,
  }
}

/** hostProbesAndHostLifecycle (baseline, v1.34+): probes and lifecycle hooks must not target another host. */
export const hostProbesAndHostLifecycle: Check = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  variants: [{ minVersion: 34, evaluate, change: 'baseline check added: probes and lifecycle handlers must not set host' }],
}
