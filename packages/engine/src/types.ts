/**
 * The engine's public result types. They are the JSON contract of `secctx check --format json`
 * and what the app's panels render, so fields may be added but never renamed.
 */

/** One step of a field path: a mapping key or a sequence index. */
export type PathSegment = string | number

/** A field path, e.g. `['spec', 'containers', 0, 'securityContext']`. */
export type FieldPath = readonly PathSegment[]

/** Pod Security Standards levels, least to most strict. */
export type Level = 'privileged' | 'baseline' | 'restricted'

/** The two levels that run checks. */
export type CheckedLevel = Exclude<Level, 'privileged'>

/** A place in the source text; lines and columns count from 1, end is exclusive. */
export interface SourceRange {
  /** Line of the first character. */
  line: number
  /** Column of the first character. */
  column: number
  /** Line of the character after the last one. */
  endLine: number
  /** Column of the character after the last one. */
  endColumn: number
}

/** A field that caused a finding, with where it sits in the source. */
export interface Location extends SourceRange {
  /** Dotted path from the object's root, e.g. `spec.template.spec.containers[0]`; the nearest existing node when the field itself is missing. */
  path: string
  /** The dotted path that was asked for, present only when it is not written in the source (then `path` and the range are its nearest existing ancestor). */
  field?: string
}

/** One failing Pod Security check. */
export interface Violation {
  /** Upstream check id, e.g. `runAsNonRoot`. */
  check: string
  /** Level the check belongs to. */
  level: CheckedLevel
  /** Upstream forbidden reason, e.g. `runAsNonRoot != true`. */
  reason: string
  /** Upstream forbidden detail; may be empty. */
  detail: string
  /** Fields that caused the failure (or the nearest existing node for a missing field). */
  locations: Location[]
}

/** The evaluation of one object at one level. */
export interface LevelResult {
  /** Whether Pod Security Admission would allow the object at this level and version. */
  allowed: boolean
  /** Failing checks in upstream order. */
  violations: Violation[]
  /** What kubectl prints when the object is applied to a namespace at this level, or null when allowed. */
  message: string | null
}

/** Where an effective security-context value came from. */
export type ValueSource = 'container' | 'pod' | 'default'

/** One effective field of a container's security context. */
export interface EffectiveField {
  /** The value the container runs with; null when unset everywhere. */
  value: unknown
  /** Which level set it. */
  source: ValueSource
  /** The pod-level value that the container's own value overrides, when both are set. */
  overrides?: unknown
  /** What happens in words, for defaults and notable values. */
  note?: string
  /** Where the effective value is written in the source, when it is written. */
  location?: Location
}

/** Kind of container, in upstream visiting order. */
export type ContainerType = 'initContainer' | 'container' | 'ephemeralContainer'

/** The effective security context of one container. */
export interface ContainerReport {
  /** Container name (empty when missing). */
  name: string
  /** initContainer, container or ephemeralContainer. */
  type: ContainerType
  /** Dotted path from the object's root, e.g. `spec.containers[0]`. */
  path: string
  /** Where the container starts in the source. */
  location?: Location
  /** Every securityContext field, keyed by name (`windowsOptions.` prefix for its sub-fields). */
  effective: Record<string, EffectiveField>
}

/** A pod-only securityContext field. */
export interface PodField {
  /** The pod's value; null when unset. */
  value: unknown
  /** What the value (or its absence) means. */
  note?: string
  /** Where it is written, when it is. */
  location?: Location
}

/** Something the API server would reject (error) or that silently does not apply (warning). */
export interface Problem extends SourceRange {
  /** error: the API server rejects the object; warning: accepted but probably not what was meant. */
  severity: 'error' | 'warning'
  /** Dotted path of the offending field. */
  path: string
  /** Upstream wording where upstream has one. */
  message: string
  /** Stable machine-readable id, e.g. `misplaced-field`, `runAsUserName`. */
  code: string
}

/** One piece of Windows hardening advice. */
export interface Guidance {
  /** Stable id, e.g. `secrets-on-node-disk`. */
  id: string
  /** The advice. */
  text: string
}

/** Whether and why the object targets Windows nodes. */
export interface WindowsReport {
  /** True when any signal says the pod is meant for Windows nodes. */
  targetsWindows: boolean
  /** The signals found, e.g. `spec.os.name`, `nodeSelector kubernetes.io/os=windows`. */
  signals: string[]
  /** The value of `spec.os.name`, the only signal the API server and Pod Security use. */
  osName: string | null
  /** Advice for this object. */
  guidance: Guidance[]
}

/** Whether `kubectl apply` would be accepted: rejected when any problem has severity `error`. */
export interface ApiGate {
  /** False when the API server rejects the object (for a workload: the template is validated with it, so the workload itself is rejected). */
  accepted: boolean
}

/** Pod Security admission at the target level and the report's policy version. */
export interface AdmissionGate {
  /** The level the namespace enforces: `--level` when given, else `restricted`. */
  level: Level
  /** Whether the pod is admitted at that level. */
  allowed: boolean
  /** True for every kind but Pod: the workload itself is created with a warning, and the pods its controller creates are denied. */
  workload: boolean
}

/** What the kubelet does with a pod or a container: start it, start it only if the image or node allows, or refuse it. */
export type KubeletStatus = 'starts' | 'depends' | 'refused'

/** One reason the kubelet refuses a container, or why starting it depends on something the manifest does not say. */
export interface KubeletFinding extends SourceRange {
  /** Container name, or null for a pod-level finding (sysctls, the pod's own profiles). */
  container: string | null
  /** refused: certain from the manifest; depends: see `dependsOn`. */
  status: Exclude<KubeletStatus, 'starts'>
  /** For `depends`: what it depends on, the container image (its USER) or the node (profiles, sysctls). */
  dependsOn?: 'image' | 'node'
  /** The kubelet's error where it has one, and how to make the outcome certain. */
  message: string
  /** Dotted path of the field in effect. */
  path: string
}

/** The kubelet gate: the worst outcome of the pod's containers and pod-level settings. */
export interface KubeletGate {
  /** refused > depends > starts over all findings; `starts` when there are none. */
  status: KubeletStatus
  /** Findings in container visiting order, pod-level ones last. */
  findings: KubeletFinding[]
}

/** "Will it run?": the API server, Pod Security admission and the kubelet, in the order a pod meets them. */
export interface Gates {
  api: ApiGate
  admission: AdmissionGate
  kubelet: KubeletGate
}

/** The full evaluation of one object that carries a pod spec. */
export interface ObjectReport {
  /** File name given to the engine, or null for unnamed text. */
  file: string | null
  /** Document index within the file, from 0. */
  document: number
  /** Index inside a List, else null. */
  item: number | null
  apiVersion: string | null
  kind: string
  name: string | null
  namespace: string | null
  /** Dotted path of the pod spec, e.g. `spec.template.spec`. */
  podSpecPath: string
  /** Where the object starts in the source. */
  location: SourceRange
  /** Strictest level whose evaluation allows the object. */
  highestLevel: Level
  /** Full evaluation at baseline and at restricted (baseline checks included, with upstream's overrides). */
  levels: Record<CheckedLevel, LevelResult>
  /** Effective security context per container, in visiting order. */
  containers: ContainerReport[]
  /** Pod-only security fields. */
  pod: Record<string, PodField>
  /** API-level problems. */
  problems: Problem[]
  /** Windows targeting and advice. */
  windows: WindowsReport
  /** Whether it will run: the API server, Pod Security admission, the kubelet. */
  gates: Gates
  /** With `versions`: the verdict at every policy version of the range, compressed into ranges, oldest first. */
  matrix?: VersionVerdict[]
  /** With `versions`: each check whose result on this object changes inside the range, by version. */
  changes?: VersionChange[]
}

/** The verdict over a run of policy versions in which it does not change. */
export interface VersionVerdict {
  /** First version of the run, `v1.<minor>`. */
  from: string
  /** Last version of the run, `v1.<minor>`; the newest version of the range for the last run. */
  to: string
  highestLevel: Level
  baseline: { allowed: boolean }
  restricted: { allowed: boolean }
}

/** A check whose result on this object changes at a policy version. */
export interface VersionChange {
  /** The first version with the new result, `v1.<minor>`. */
  version: string
  /** Upstream check id. */
  check: string
  /** added: a new check fails; relaxed: a failing check now passes; changed: it fails newly or differently. */
  kind: 'added' | 'changed' | 'relaxed'
  /** What upstream changed, and what it means for this object. */
  note: string
  /** The fields concerned: the new failure's, or for a relaxation the old one's. */
  locations: Location[]
  /** The check's failure from this version on (upstream reason and detail); null when it now passes. */
  failure: CheckOutcomeText | null
  /** Its failure before this version; null when it passed or did not exist. */
  previous: CheckOutcomeText | null
}

/** A failing check's upstream wording. */
export interface CheckOutcomeText {
  reason: string
  detail: string
}

/** A document or List item that carries no pod spec. */
export interface SkippedObject {
  file: string | null
  document: number
  item: number | null
  kind: string | null
  name: string | null
  /** Why it was not evaluated. */
  reason: string
  location: SourceRange
}

/** Input that could not be read: a YAML syntax error, a document that is not an object, and so on. */
export interface InputError extends SourceRange {
  file: string | null
  /** Document index within the file, or null when the error is not tied to one. */
  document: number | null
  /** Index inside a List when the error concerns one item, else null or absent. */
  item?: number | null
  message: string
}

/** The result of evaluating one or more inputs. */
export interface Report {
  /** The policy version actually applied, e.g. `v1.37` for `latest`. */
  policyVersion: string
  /** The version as asked for, printed in messages, e.g. `latest` or `v1.99`. */
  requestedVersion: string
  objects: ObjectReport[]
  skipped: SkippedObject[]
  errors: InputError[]
}
