/**
 * The namespace rollout plan: every pod-bearing object grouped by namespace, each evaluated once at
 * every policy version (the version matrix), so the namespace's current enforce, audit and warn
 * policies (each at its own version) and the levels it could move to are all read from one evaluation.
 */
import { objectLocator, rangeOf } from '../evaluateLocations'
import { parseManifests, type ParsedDocument } from '../parse'
import { LATEST_MINOR, LEVELS, applyApiDefaults, parsePolicyVersion, podMatrix, stricter, type MatrixRange } from '../pss'
import type { CheckedLevel, FieldPath, Level } from '../types'
import { isRecord, own, setOwn } from '../util/values'
import { extractDocument } from '../workloads'
import { defaultAdmissionSettings, type AdmissionSettings } from './admissionConfig'
import { LABEL_PREFIX, MODES, policyFromLabels } from './psaLabels'
import type { LabelProblem, NamespacePlan, NamespacePolicy, ObjectRef, PlannedObject, RolloutPlan } from './types'

/** One input of the plan: a file's text and its name. */
export interface PlanInput {
  file: string | null
  text: string
}

/** What to plan for. */
export interface PlanOptions {
  /** The version to evaluate and pin: `latest` (the default) or `v1.<minor>`. */
  version?: string
  /** The namespace of objects that name none; `default` unless given. */
  namespace?: string
  /** Defaults and exemptions from an admission configuration; stock ones otherwise. */
  settings?: AdmissionSettings
}

interface Found {
  name: string
  labels: Record<string, string>
  declared: boolean
  problems: LabelProblem[]
  objects: { ref: PlannedObject; ranges: MatrixRange[] }[]
}

/** Plans every namespace of the inputs; input problems come back as `errors`, never as exceptions. */
export function planNamespaces(inputs: readonly PlanInput[], options: PlanOptions = {}): RolloutPlan {
  const settings = options.settings ?? defaultAdmissionSettings()
  const requested = options.version ?? 'latest'
  const parsed = parsePolicyVersion(requested)
  const minor = parsed.ok ? parsed.version.minor : LATEST_MINOR
  const plan: RolloutPlan = {
    policyVersion: `v1.${minor}`,
    requestedVersion: requested,
    defaults: settings.defaults,
    exemptions: settings.exemptions,
    namespaces: [],
    errors: [...settings.errors],
  }
  if (!parsed.ok) {
    plan.errors.push({ file: null, document: null, item: null, message: parsed.message, line: 1, column: 1, endLine: 1, endColumn: 1 })
    return plan
  }
  const found = new Map<string, Found>()
  const namespace = (name: string): Found => {
    let entry = found.get(name)
    if (!entry) found.set(name, (entry = { name, labels: {}, declared: false, problems: [], objects: [] }))
    return entry
  }
  const exemptRuntimeClasses = new Set(settings.exemptions.runtimeClasses)
  for (const { file, text } of inputs) {
    const result = parseManifests(text)
    for (const error of result.errors) plan.errors.push({ file, document: error.document, item: null, message: error.message, ...error.range })
    for (const document of result.documents) {
      for (const extracted of extractDocument(document.value)) {
        const where = rangeOf(objectLocator(document, extracted.objectPath, []).object(extracted.type === 'invalid' ? extracted.path : []))
        if (extracted.type === 'invalid') {
          plan.errors.push({ file, document: document.index, item: extracted.item, message: extracted.message, ...where })
        } else if (extracted.type === 'skipped') {
          if (extracted.kind !== 'Namespace') continue
          if (!extracted.name) {
            plan.errors.push({ file, document: document.index, item: extracted.item, message: 'a Namespace without metadata.name', ...where })
            continue
          }
          const entry = namespace(extracted.name)
          entry.declared = true
          entry.labels = podSecurityLabels(file, document, extracted.objectPath, entry)
        } else {
          const template = applyApiDefaults(extracted.template, { isPod: extracted.kind === 'Pod' })
          const ranges = podMatrix(template, 0, LATEST_MINOR).ranges
          const runtimeClass = own(extracted.template.spec, 'runtimeClassName')
          const ref: PlannedObject = {
            kind: extracted.kind,
            name: extracted.name,
            file,
            document: document.index,
            item: extracted.item,
            line: where.line,
            column: where.column,
            highestLevel: levelAt(ranges, minor),
            exempt: typeof runtimeClass === 'string' && exemptRuntimeClasses.has(runtimeClass),
            enforce: { allowed: true },
            audit: { allowed: true },
            warn: { allowed: true },
          }
          namespace(extracted.namespace ?? options.namespace ?? 'default').objects.push({ ref, ranges })
        }
      }
    }
  }
  const exemptNamespaces = new Set(settings.exemptions.namespaces)
  plan.namespaces = [...found.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => planOne(entry, settings.defaults, exemptNamespaces.has(entry.name), minor))
  return plan
}

function planOne(entry: Found, defaults: NamespacePolicy, exempt: boolean, minor: number): NamespacePlan {
  const { policy, errors } = policyFromLabels(entry.labels, defaults)
  for (const error of errors) {
    const problem = entry.problems.find((p) => p.label === error.label)
    if (problem) Object.assign(problem, { message: error.message, treatedAs: error.treatedAs })
  }
  const evaluated = entry.objects.filter(({ ref }) => !ref.exempt)
  // In an exempt namespace PSA ignores the labels: nothing is denied, whatever level the pods meet.
  const admitted = exempt ? [] : evaluated
  for (const { ref, ranges } of admitted) {
    for (const mode of MODES) ref[mode].allowed = allowedAt(ranges, policy[mode].level, minorOf(policy[mode].version))
  }
  const denied = (level: CheckedLevel): ObjectRef[] =>
    admitted.filter(({ ranges }) => !allowedAt(ranges, level, minor)).map(({ ref }) => ({ kind: ref.kind, name: ref.name }))
  const highestLevel = evaluated.reduce<Level>((lowest, { ref }) => (stricter(lowest, ref.highestLevel) ? ref.highestLevel : lowest), 'restricted')
  return {
    name: entry.name,
    labels: entry.labels,
    declared: entry.declared,
    exempt,
    policy,
    problems: entry.problems.filter((problem) => problem.message !== ''),
    objects: entry.objects.map(({ ref }) => ref),
    highestLevel,
    wouldDeny: { baseline: denied('baseline'), restricted: denied('restricted') },
    // An exempt namespace's labels are not enforced, so there is nothing to loosen.
    recommended: recommend(entry.name, highestLevel, minor, exempt ? null : policy.enforce.level),
  }
}

/**
 * Enforce what every pod meets; warn and audit one level stricter, so the next step shows up first; versions pinned.
 * Where that is below what the namespace enforces now (pods created before the label, or an invalid label read as
 * restricted), the plan says it loosens enforce rather than let a copied command weaken the namespace unnoticed.
 */
function recommend(name: string, level: Level, minor: number, current: Level | null): NamespacePlan['recommended'] {
  const next = LEVELS[Math.min(LEVELS.indexOf(level) + 1, LEVELS.length - 1)]
  const version = `v1.${minor}`
  const labels: Record<string, string> = {}
  for (const mode of MODES) {
    labels[LABEL_PREFIX + mode] = mode === 'enforce' ? level : next
    labels[`${LABEL_PREFIX}${mode}-version`] = version
  }
  const pairs = Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
  const recommended: NamespacePlan['recommended'] = {
    labels,
    command: `kubectl label --overwrite ns ${shellWord(name)} ${pairs}`,
    dryRun: `kubectl label --dry-run=server --overwrite ns ${shellWord(name)} ${pairs}`,
  }
  if (current !== null && stricter(current, level)) {
    recommended.loosens = `This loosens enforce from ${current} to ${level}: some pods fall short of ${current}. To keep ${current}, fix the pods it would deny instead.`
  }
  return recommended
}

/** The namespace's `pod-security.kubernetes.io/*` labels; each gets a problem slot filled in if PSA cannot read it. */
function podSecurityLabels(file: string | null, document: ParsedDocument, objectPath: FieldPath, entry: Found): Record<string, string> {
  const items = own(document.value, 'items')
  const object = objectPath.length === 0 ? document.value : Array.isArray(items) ? items[objectPath[1] as number] : undefined
  const labels = own(own(object, 'metadata'), 'labels')
  const out: Record<string, string> = {}
  entry.problems = []
  if (!isRecord(labels)) return out
  for (const key of Object.keys(labels)) {
    if (!key.startsWith(LABEL_PREFIX)) continue
    const raw = labels[key]
    // Label values are strings; anything else is read as its text and so fails to parse as a level or version.
    const value = typeof raw === 'string' ? raw : JSON.stringify(raw ?? null)
    setOwn(out, key, value)
    const range = rangeOf(document.locate([...objectPath, 'metadata', 'labels', key]).range)
    entry.problems.push({ file, label: key, value, message: '', treatedAs: '', ...range })
  }
  return out
}

function levelAt(ranges: readonly MatrixRange[], minor: number): Level {
  const { allowed } = rangeAt(ranges, minor)
  return allowed.restricted ? 'restricted' : allowed.baseline ? 'baseline' : 'privileged'
}

function allowedAt(ranges: readonly MatrixRange[], level: Level, minor: number): boolean {
  return level === 'privileged' || rangeAt(ranges, minor).allowed[level]
}

function rangeAt(ranges: readonly MatrixRange[], minor: number): MatrixRange {
  return ranges.find((range) => range.from <= minor && minor <= range.to) ?? ranges[ranges.length - 1]
}

function minorOf(version: string): number {
  const parsed = parsePolicyVersion(version)
  return parsed.ok ? parsed.version.minor : LATEST_MINOR
}

/** A word the shell passes through unchanged: as is when safe, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9._-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`
}
