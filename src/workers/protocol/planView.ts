/**
 * The namespace rollout plan as it crosses from the evaluation worker to the main thread: the
 * engine's plan (`planNamespaces`) with each object tied to its place in the evaluation's object
 * list, so the Namespaces view can select it, and kept flat (a dump of thousands of pods gives one
 * small record per object, cheap to deserialise).
 *
 * Pure: `../reportKeeper.ts` builds it in the worker, tests build it the same way.
 */
import {
  stricter,
  type CheckedLevel,
  type NamespacePlan,
  type NamespacePolicy,
  type ObjectRef,
  type PlannedObject,
  type Report,
  type RolloutPlan,
} from '@secctx/engine'

/** One pod-bearing object of a namespace, as the Namespaces view lists it: the engine's kind, name, highest level and exemption. */
export interface PlanObjectView extends Pick<PlannedObject, 'kind' | 'name' | 'highestLevel' | 'exempt'> {
  /** Index into the evaluation's objects (what selecting it selects); -1 when the evaluation lacks it. */
  index: number
  /** Whether the namespace's current enforce policy (at its own version) allows it. */
  enforceAllowed: boolean
}

/** One namespace of the plan: the engine's fields, with objects as {@link PlanObjectView}s and `wouldDeny` as positions. */
export interface NamespaceView extends Omit<NamespacePlan, 'objects' | 'wouldDeny'> {
  objects: PlanObjectView[]
  /** Positions in `objects` of those an `enforce` label of that level would deny (the engine's `wouldDeny`). */
  wouldDeny: Record<CheckedLevel, number[]>
}

/** The plan of every namespace of the text, for one version. */
export interface PlanView {
  /** The version the plan evaluates and pins, e.g. `v1.37` for `latest`. */
  policyVersion: string
  /** What an unlabelled mode resolves to. */
  defaults: NamespacePolicy
  /** Sorted by name. */
  namespaces: NamespaceView[]
}

/**
 * The view of `plan`, whose objects are matched to `report`'s by document and List item (both were
 * read from the same text, so each plan object is one report object).
 */
export function compactPlan(plan: RolloutPlan, report: Pick<Report, 'objects'>): PlanView {
  const indexOf = new Map<string, number>()
  report.objects.forEach((object, index) => indexOf.set(`${object.document}:${object.item ?? ''}`, index))
  return {
    policyVersion: plan.policyVersion,
    defaults: plan.defaults,
    namespaces: plan.namespaces.map((namespace) => viewOf(namespace, indexOf)),
  }
}

function viewOf(namespace: NamespacePlan, indexOf: ReadonlyMap<string, number>): NamespaceView {
  const { objects: planned, wouldDeny, ...rest } = namespace
  const objects = planned.map((object): PlanObjectView => ({
    index: indexOf.get(`${object.document}:${object.item ?? ''}`) ?? -1,
    kind: object.kind,
    name: object.name,
    highestLevel: object.highestLevel,
    exempt: object.exempt,
    enforceAllowed: object.enforce.allowed,
  }))
  return {
    ...rest,
    objects,
    wouldDeny: { baseline: positionsOf(wouldDeny.baseline, objects, 'baseline'), restricted: positionsOf(wouldDeny.restricted, objects, 'restricted') },
  }
}

/**
 * Where in `objects` the engine's `wouldDeny` entries of `level` are, in input order. The engine
 * names them by kind and name, which need not be unique in the input (two documents may declare one
 * Pod); among same-named objects, one PSA evaluates that falls short of the level is taken first,
 * which is what the engine denied it for.
 */
function positionsOf(refs: readonly ObjectRef[], objects: readonly PlanObjectView[], level: CheckedLevel): number[] {
  if (refs.length === 0) return []
  const key = (ref: ObjectRef) => JSON.stringify([ref.kind, ref.name])
  // Per kind and name, the positions not taken yet, those PSA would deny at the level last (taken first by pop).
  const byName = new Map<string, number[]>()
  const falls = (object: PlanObjectView) => !object.exempt && stricter(level, object.highestLevel)
  objects.forEach((object, position) => {
    const list = byName.get(key(object)) ?? []
    list.push(position)
    byName.set(key(object), list)
  })
  for (const list of byName.values()) list.sort((a, b) => Number(falls(objects[a]!)) - Number(falls(objects[b]!)) || b - a)
  const positions = refs.flatMap((ref) => {
    const position = byName.get(key(ref))?.pop()
    return position === undefined ? [] : [position]
  })
  return positions.sort((a, b) => a - b)
}
