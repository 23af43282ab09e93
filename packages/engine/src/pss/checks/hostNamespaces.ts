import { own } from '../../util/values'
import type { PodView } from '../podView'
import type { Check, CheckOutcome } from './types'

// Fixed upstream order of the detail, whatever the manifest's key order.
const NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const

function evaluate(pod: PodView): CheckOutcome | null {
  const shared = NAMESPACE_FIELDS.filter((field) => own(pod.spec, field) === true)
  if (shared.length === 0) return null
  return {
    reason: 'host namespaces',
    detail: shared.map((field) => `${field}=true`).join(', '),
    paths: shared.map((field) => ['spec', field]),
  }
}

/** hostNamespaces (baseline): the pod must not share the node's network, PID or IPC namespace. */
export const hostNamespaces: Check = {
  id: 'hostNamespaces',
  level: 'baseline',
  variants: [{ minVersion: 0, evaluate }],
}
