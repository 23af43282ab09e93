import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { containersPhrase, plural, sortedUnique } from '../format'
import { eachRecord, portNumber, type PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

function evaluate(pod: PodView): CheckOutcome | null {
  const containers: string[] = []
  const ports: string[] = []
  const paths: FieldPath[] = []
  for (const container of pod.containers) {
    let bad = false
    eachRecord(container.fields, 'ports', (port, index) => {
      const hostPort = portNumber(own(port, 'hostPort'))
      if (hostPort === 0) return
      bad = true
      ports.push(String(hostPort))
      paths.push([...container.path, 'ports', index, 'hostPort'])
    })
    if (bad) containers.push(container.name)
  }
  if (containers.length === 0) return null
  // Upstream keeps the ports as strings in a set, so they sort as text: 10000, 443, 80.
  const distinct = sortedUnique(ports)
  return {
    reason: 'hostPort',
    detail: `${containersPhrase(containers)} ${plural('uses', 'use', containers.length)} ${plural('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
    paths,
  }
}

/** hostPorts (baseline): containers must not bind ports on the node. */
export const hostPorts: Check = {
  id: 'hostPorts',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
