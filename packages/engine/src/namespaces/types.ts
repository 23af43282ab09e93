/** The namespace rollout plan's public types: the JSON contract of `secctx plan --format json`. */
import type { InputError, Level, SourceRange } from '../types'

/** One Pod Security Admission mode as PSA resolves it from labels and defaults. */
export interface ModePolicy {
  level: Level
  /** `latest` or `v1.<minor>`, as labelled (an invalid version resolves to `latest`). */
  version: string
}

/** A namespace's enforce, audit and warn policies. */
export interface NamespacePolicy {
  enforce: ModePolicy
  audit: ModePolicy
  warn: ModePolicy
}

/** A pod-bearing object named as PSA's messages name it. */
export interface ObjectRef {
  kind: string
  name: string | null
}

/** A label PSA could not read, reported on the Namespace object as the API server would reject it. */
export interface LabelProblem extends SourceRange {
  /** The file the Namespace object was read from. */
  file: string | null
  /** The label key, e.g. `pod-security.kubernetes.io/enforce`. */
  label: string
  value: string
  /** Upstream's wording, e.g. `metadata.labels[…]: Invalid value: "strict": must be one of privileged, baseline, restricted`. */
  message: string
  /** How PSA treats it: the level or version used instead. */
  treatedAs: string
}

/** One pod-bearing object of a namespace and what its namespace's current policy does with it. */
export interface PlannedObject extends ObjectRef {
  file: string | null
  document: number
  item: number | null
  line: number
  column: number
  /** The strictest level the object meets at the plan's version. */
  highestLevel: Level
  /** True when its `runtimeClassName` is exempt: PSA does not evaluate it. */
  exempt: boolean
  /** Whether each mode of the namespace's current policy (at that mode's own version) allows it. */
  enforce: { allowed: boolean }
  audit: { allowed: boolean }
  warn: { allowed: boolean }
}

/** The labels to set on a namespace and the commands that set and try them. */
export interface RecommendedLabels {
  labels: Record<string, string>
  /** `kubectl label --overwrite ns NAME …`. */
  command: string
  /** The same with `--dry-run=server`: the API server lists the existing pods the new enforce level would deny. */
  dryRun: string
  /** Set when the recommended enforce level is less strict than the one the namespace enforces now: says so, and what keeps it. */
  loosens?: string
}

/** The rollout plan of one namespace. */
export interface NamespacePlan {
  name: string
  /** Its `pod-security.kubernetes.io/*` labels as written; empty when unlabelled or not in the input. */
  labels: Record<string, string>
  /** True when the input holds the Namespace object itself. */
  declared: boolean
  /** True when the admission configuration exempts the namespace: PSA ignores its labels. */
  exempt: boolean
  policy: NamespacePolicy
  problems: LabelProblem[]
  objects: PlannedObject[]
  /** The strictest level every pod of the namespace (but those of an exempt runtime class) meets at the plan's version. */
  highestLevel: Level
  /** The objects an `enforce` label of that level (at the plan's version) would deny; none in an exempt namespace. */
  wouldDeny: { baseline: ObjectRef[]; restricted: ObjectRef[] }
  recommended: RecommendedLabels
}

/** What the admission configuration exempts. */
export interface Exemptions {
  namespaces: string[]
  runtimeClasses: string[]
  /** Requesting users; the input does not say who creates a pod, so these are listed, not applied. */
  usernames: string[]
}

/** The rollout plan of every namespace in the input. */
export interface RolloutPlan {
  /** The version the plan evaluates and pins, e.g. `v1.37` for `latest`. */
  policyVersion: string
  requestedVersion: string
  /** Defaults for unlabelled modes: the admission configuration's, else privileged:latest. */
  defaults: NamespacePolicy
  exemptions: Exemptions
  /** Sorted by name. */
  namespaces: NamespacePlan[]
  errors: InputError[]
}
