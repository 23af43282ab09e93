/** Finds the pod template of one Kubernetes object through its kind's adapter. */
import type { PodTemplate } from '../model'
import type { FieldPath } from '../types'
import { formatPath } from '../util/paths'
import { asRecord, asString, isRecord, isSet, own } from '../util/values'
import { ADAPTERS, apiGroup } from './adapters'
import { describeType } from './describe'
import type { Extracted, FoundObject, Workload } from './types'

/** Identity of an object read from its own fields; `kind` and `apiVersion` may be inherited from a typed List. */
export function identify(
  object: Record<string, unknown>,
  objectPath: FieldPath,
  item: number | null,
  inherited?: { kind: string; apiVersion: string | null },
): FoundObject {
  const metadata = asRecord(own(object, 'metadata'))
  return {
    objectPath,
    item,
    kind: asString(own(object, 'kind')) || inherited?.kind || null,
    apiVersion: asString(own(object, 'apiVersion')) || inherited?.apiVersion || null,
    name: asString(own(metadata, 'name')) ?? null,
    namespace: asString(own(metadata, 'namespace')) ?? null,
  }
}

/** Extracts the pod template of an object whose kind is known; other kinds are skipped with the reason. */
export function extractObject(object: Record<string, unknown>, found: FoundObject & { kind: string }): Extracted {
  const { kind } = found
  const adapter = ADAPTERS.get(kind)
  if (!adapter) return { ...found, type: 'skipped', reason: `${kind} carries no pod template; Pod Security Admission does not evaluate it` }
  const group = found.apiVersion === null ? null : apiGroup(found.apiVersion)
  // A missing apiVersion is forgiven so that pasted snippets still evaluate; a foreign group is a custom resource.
  if (group !== null && !adapter.groups.includes(group)) {
    return {
      ...found,
      type: 'skipped',
      reason: `${kind} in API group "${group}" is not the built-in ${kind}; Pod Security Admission does not evaluate custom resources`,
    }
  }

  let node: Record<string, unknown> = object
  for (let depth = 0; depth < adapter.templatePath.length; depth++) {
    const path = adapter.templatePath.slice(0, depth + 1)
    const next = own(node, path[depth] as string)
    if (!isSet(next)) {
      if (adapter.whenMissing === 'skip') {
        return {
          ...found,
          type: 'skipped',
          reason: `${kind} has no ${formatPath(adapter.templatePath)}; Pod Security Admission checks nothing without a pod template`,
        }
      }
      return workload(found, kind, adapter.templatePath, { metadata: {}, spec: {} }, true)
    }
    if (!isRecord(next)) return notMapping(found, path, next)
    node = next
  }

  const metadata = own(node, 'metadata')
  const spec = own(node, 'spec')
  if (isSet(metadata) && !isRecord(metadata)) return notMapping(found, [...adapter.templatePath, 'metadata'], metadata)
  if (isSet(spec) && !isRecord(spec)) return notMapping(found, [...adapter.templatePath, 'spec'], spec)
  return workload(found, kind, adapter.templatePath, { metadata: asRecord(metadata), spec: asRecord(spec) }, false)
}

// Spelled out rather than spread from `found`: object spread is a slow path in V8, and every workload passes here.
function workload(found: FoundObject, kind: string, templatePath: FieldPath, template: PodTemplate, missingTemplate: boolean): Workload {
  const { objectPath, item, apiVersion, name, namespace } = found
  return { objectPath, item, kind, apiVersion, name, namespace, type: 'workload', templatePath, template, missingTemplate }
}

function notMapping(found: FoundObject, path: FieldPath, value: unknown): Extracted {
  return {
    ...found,
    type: 'invalid',
    path,
    message: `${formatPath(path)} must be a mapping, found ${describeType(value)}; the API server cannot decode this object`,
  }
}
