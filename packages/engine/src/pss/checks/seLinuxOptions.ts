import type { FieldPath } from '../../types'
import { own } from '../../util/values'
import { joinQuote, plural, settersPhrase, sortedUnique } from '../format'
import { present, text, type PodView } from '../podView'
import type { Check, CheckOutcome, Evaluate } from './types'

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t']
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t']

function rule(allowedTypes: readonly string[]): Evaluate {
  const allowed = new Set(allowedTypes)
  return (pod: PodView): CheckOutcome | null => {
    const badTypes: string[] = []
    const paths: FieldPath[] = []
    let setUser = false
    let setRole = false
    // Validates one options object; pod and containers are judged independently, with no inheritance.
    const valid = (options: Record<string, unknown>, base: FieldPath): boolean => {
      let ok = true
      if (!allowed.has(text(options, 'type'))) {
        ok = false
        badTypes.push(text(options, 'type'))
        paths.push([...base, 'type'])
      }
      for (const field of ['user', 'role'] as const) {
        if (text(options, field) === '') continue
        ok = false
        if (field === 'user') setUser = true
        else setRole = true
        paths.push([...base, field])
      }
      return ok
    }
    const podOptions = present(own(pod.securityContext, 'seLinuxOptions'))
    const podBad = podOptions !== undefined && !valid(podOptions, ['spec', 'securityContext', 'seLinuxOptions'])
    const containers: string[] = []
    for (const container of pod.containers) {
      const options = present(own(container.securityContext, 'seLinuxOptions'))
      if (options && !valid(options, [...container.path, 'securityContext', 'seLinuxOptions'])) containers.push(container.name)
    }
    if (!podBad && containers.length === 0) return null
    const problems: string[] = []
    const types = sortedUnique(badTypes)
    if (types.length > 0) problems.push(`${plural('type', 'types', types.length)} ${joinQuote(types)}`)
    if (setUser) problems.push('user may not be set')
    if (setRole) problems.push('role may not be set')
    return {
      reason: 'seLinuxOptions',
      detail: `${settersPhrase(podBad, containers)} set forbidden securityContext.seLinuxOptions: ${problems.join('; ')}`,
      paths,
    }
  }
}

/** seLinuxOptions (baseline): only the container SELinux types, and no custom user or role; v1.31 adds `container_engine_t`. */
export const seLinuxOptions: Check = {
  id: 'seLinuxOptions',
  level: 'baseline',
  variants: [
    { minVersion: 0, evaluate: rule(TYPES_1_0) },
    { minVersion: 31, evaluate: rule(TYPES_1_31), change: 'SELinux type container_engine_t allowed' },
  ],
}
