/**
 * The namespace rollout plan as it crosses from the evaluation worker to the main thread: the
 * engine's plan (`planNamespaces`) with each object tied to its place in the evaluation's object
 * list, so the Namespaces view can select it, and kept flat (a dump of thousands of pods gives one
 * small record per object, cheap to deserialise).
 *
 * Pure: `../reportKeeper.ts` builds it in the worker, tests build it the same way.
 */
import type { CheckedLevel, LabelProblem, Level, NamespacePlan, NamespacePolicy, RecommendedLabels, Report, RolloutPlan } from '@secctx/engine'

/** One pod-bearing object of a namespace, as the Namespaces view lists it. */
export interface PlanObjectView {
  /** Index into the evaluation's objects (what selecting it selects); -1 when the evaluation lacks it. */
  index: number
  kind: string
  name: string | null
  line: number
  column: number
  /** The strictest level it meets at the plan's version. */
  highestLevel: Level
  /** Its `runtimeClassName` is exempt: PSA does not evaluate it. */
  exempt: boolean
  /** Whether the namespace's current enforce policy (at its own version) allows it. */
  enforceAllowed: boolean
}

/** One namespace of the plan: the engine's fields, with objects as {@link PlanObjectView}s. */
export interface NamespaceView {
  name: string
  labels: Record<string, string>
  declared: boolean
  exempt: boolean
  policy: NamespacePolicy
  problems: LabelProblem[]
  objects: PlanObjectView[]
  highestLevel: Level
  /** Positions in `objects` of those an `enforce` label of that level would deny (the engine's `wouldDeny`). */
  wouldDeny: Record<CheckedLevel, number[]>
  recommended: RecommendedLabels
}

/** The plan of every namespace of the text, for one version. */
export interface PlanView {
  /** The version the plan evaluates and pins, e.g. `v1.37` for `latest`. */
  policyVersion: string
  requestedVersion: string
  /** What an unlabelled mode resolves to. */
  defaults: NamespacePolicy
  /** Sorted by name. */
  namespaces: NamespaceView[]
}

const RANK: Record<Level, number> = { privileged: 0, baseline: 1, restricted: 2 }

/**
 * The view of `plan`, whose objects are matched to `report`'s by document and List item (both were
 * read from the same text, so each plan object is one report object).
 */
export function compactPlan(plan: RolloutPlan, report: Pick<Report, 'objects'>): PlanView {
  const indexOf = new Map<string, number>()
  report.objects.forEach((object, index) => indexOf.set(`${object.document}:${object.item ?? ''}`, index))
  return {
    policyVersion: plan.policyVersion,
    requestedVersion: plan.requestedVersion,
    defaults: plan.defaults,
    namespaces: plan.namespaces.map((namespace) => viewOf(namespace, indexOf)),
  }
}

function viewOf(namespace: NamespacePlan, indexOf: ReadonlyMap<string, number>): NamespaceView {
  const objects = namespace.objects.map((object): PlanObjectView => ({
    index: indexOf.get(`${object.document}:${object.item ?? ''}`) ?? -1,
    kind: object.kind,
    name: object.name,
    line: object.line,
    column: object.column,
    highestLevel: object.highestLevel,
    exempt: object.exempt,
    enforceAllowed: object.enforce.allowed,
  }))
  // The engine's wouldDeny names objects by kind and name, which need not be unique; a position is.
  // An object is in it exactly when PSA evaluates it (neither it nor its namespace is exempt) and it
  // falls short of the level at the plan's version, which is what its highestLevel says.
  const denied = (level: CheckedLevel) =>
    namespace.exempt ? [] : objects.flatMap((object, position) => (!object.exempt && RANK[object.highestLevel] < RANK[level] ? [position] : []))
  return {
    name: namespace.name,
    labels: namespace.labels,
    declared: namespace.declared,
    exempt: namespace.exempt,
    policy: namespace.policy,
    problems: namespace.problems,
    objects,
    highestLevel: namespace.highestLevel,
    wouldDeny: { baseline: denied('baseline'), restricted: denied('restricted') },
    recommended: namespace.recommended,
  }
}
