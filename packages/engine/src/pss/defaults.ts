/** The API-server defaulting that happens before Pod Security Admission sees a pod. */
import type { PodTemplate } from '../model'
import { isRecord, own, setOwn } from '../util/values'
import { podContainers } from '../util/podContainers'
import { eachRecord, portNumber } from './podView'
import { VOLUME_SOURCES, hasSource } from './volumes'

/** A deep copy of parsed YAML that keeps shared and cyclic references (YAML aliases) shared. */
export function cloneData<T>(root: T): T {
  const copies = new Map<object, unknown>()
  const pending: [object, unknown[] | Record<string, unknown>][] = []
  const copyOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const known = copies.get(value)
    if (known !== undefined) return known
    const prototype = Object.getPrototypeOf(value)
    // Only plain data is copied; anything else (a class instance from a custom loader) is kept as it is.
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return value
    const copy = Array.isArray(value) ? [] : {}
    copies.set(value, copy)
    pending.push([value, copy])
    return copy
  }
  const result = copyOf(root)
  // An explicit work list instead of recursion: input nested deeper than the call stack must not throw.
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next
    if (Array.isArray(target)) for (const item of source as unknown[]) target.push(copyOf(item))
    else for (const key of Object.keys(source)) setOwn(target, key, copyOf((source as Record<string, unknown>)[key]))
  }
  return result as T
}

// Unknown keys never reach admission (the decoder drops them), so only known sources count.
const lacksSource = (volume: Record<string, unknown>) => !VOLUME_SOURCES.some((source) => hasSource(volume, source))

// hostPort is a plain int upstream: absent, null, 0 and a wrongly typed value are all "no hostPort".
const lacksHostPort = (port: Record<string, unknown>) => portNumber(own(port, 'hostPort')) === 0 && portNumber(own(port, 'containerPort')) !== 0

/** Calls back for every port mapping of every container. */
function eachPort(spec: Record<string, unknown>, visit: (port: Record<string, unknown>) => void): void {
  for (const { container } of podContainers(spec)) eachRecord(container, 'ports', visit)
}

/** Whether defaulting would change anything; since 1.28 only Pods get hostPort filled in, not pod templates in workloads. */
function needsDefaults(spec: Record<string, unknown>, isPod: boolean): boolean {
  let needed = false
  eachRecord(spec, 'volumes', (volume) => {
    needed ||= lacksSource(volume)
  })
  if (!needed && isPod && own(spec, 'hostNetwork') === true) {
    eachPort(spec, (port) => {
      needed ||= lacksHostPort(port)
    })
  }
  return needed
}

/**
 * Applies the API server defaulting that Pod Security relies on (a volume with no source is an emptyDir;
 * hostNetwork Pods get hostPort = containerPort). The checks only read, so when nothing is to be
 * defaulted, which is nearly always, the template is returned as it is; otherwise a copy is changed.
 */
export function applyApiDefaults(pod: PodTemplate, options: { isPod: boolean }): PodTemplate {
  const written = { metadata: own(pod, 'metadata'), spec: own(pod, 'spec') }
  const copy = isRecord(written.spec) && needsDefaults(written.spec, options.isPod) ? cloneData(written) : written
  const metadata = isRecord(copy.metadata) ? copy.metadata : {}
  const spec = isRecord(copy.spec) ? copy.spec : {}
  if (copy === written) return { metadata, spec }
  eachRecord(spec, 'volumes', (volume) => {
    if (lacksSource(volume)) setOwn(volume, 'emptyDir', {})
  })
  if (options.isPod && own(spec, 'hostNetwork') === true) {
    eachPort(spec, (port) => {
      if (lacksHostPort(port)) setOwn(port, 'hostPort', own(port, 'containerPort'))
    })
  }
  return { metadata, spec }
}
