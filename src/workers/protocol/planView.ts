/**
 * The namespace rollout plan as it crosses from the evaluation worker to the main thread: the
 * engine's plan (`planNamespaces`) with each object tied to its place in the evaluation's object
 * list, so the Namespaces view can select it, and kept flat (a dump of thousands of pods gives one
 * small record per object, cheap to deserialise).
 *
 * Pure: `../reportKeeper.ts` builds it in the worker, tests build it the same way.
 */
import { stricter, type CheckedLevel, type NamespacePlan, type NamespacePolicy, type PlannedObject, type Report, type RolloutPlan } from '@secctx/engine'

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
  const { objects: planned, wouldDeny: _byName, ...rest } = namespace
  const objects = planned.map((object): PlanObjectView => ({
    index: indexOf.get(`${object.document}:${object.item ?? ''}`) ?? -1,
    kind: object.kind,
    name: object.name,
    highestLevel: object.highestLevel,
    exempt: object.exempt,
    enforceAllowed: object.enforce.allowed,
  }))
  // The engine names wouldDeny's objects by kind and name, which need not be unique (two documents may
  // declare one Pod); positions are found by the engine's own rule, which a test holds to its list: PSA
  // evaluates the object (neither it nor its namespace is exempt) and it falls short of the level at
  // the plan's version, as its highestLevel says.
  const deniedAt = (level: CheckedLevel) =>
    rest.exempt ? [] : objects.flatMap((object, position) => (!object.exempt && stricter(level, object.highestLevel) ? [position] : []))
  return {
    ...rest,
    objects,
    wouldDeny: { baseline: deniedAt('baseline'), restricted: deniedAt('restricted') },
  }
}
