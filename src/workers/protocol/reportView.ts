/**
 * The compact view of an engine report that crosses from the evaluation worker to the main thread.
 *
 * A full report is about 55× its input in memory (a 5 MB stream gives ~300 MB of objects), and
 * structured-clone deserialisation runs on the receiving thread: posting it whole blocked the UI
 * for seconds. So the worker keeps the full report and posts this view instead: one small summary
 * per object (enough for the object list, the verdict, the target pass/fail and workshop goals),
 * the full detail of only a few objects (all of them when the input is small, else the selected
 * one; others are asked for on selection), the first input errors and skipped documents with their
 * counts, and the editor markers already computed for each target level, capped.
 *
 * Pure functions only: `../reportKeeper.ts` (held by the worker and by the direct evaluator) and
 * the tests build views the same way.
 */
import { LEVELS } from '@secctx/engine'
import type { EditorMarker } from '../../editor/types'
import type { CheckedLevel, InputError, KubeletStatus, Level, ObjectReport, Report, SkippedObject, SourceRange } from '@secctx/engine'

/**
 * One evaluated object, without its containers, fields, messages or locations of findings. Kept
 * flat: the main thread deserialises one of these per object, thousands for a large stream.
 */
export interface ObjectSummary {
  file: string | null
  document: number
  item: number | null
  kind: string
  name: string | null
  namespace: string | null
  location: SourceRange
  highestLevel: Level
  /** Whether each checked level allows the object. */
  allowed: Record<CheckedLevel, boolean>
  /** Ids of the checks that fail at baseline or restricted, each once, in upstream order; the detail has reasons and places. */
  failingChecks: readonly string[]
  /** API problems of the object (the detail lists them). */
  problemCount: number
  targetsWindows: boolean
  /** The API server gate: false when any problem is an error. */
  apiAccepted: boolean
  /** The kubelet gate's status; its findings are in the detail. */
  kubelet: KubeletStatus
}

/** Editor markers for one target level: the first ones, and how many there would be in all. */
export interface MarkerSet {
  markers: readonly EditorMarker[]
  total: number
}

export interface ReportView {
  policyVersion: string
  requestedVersion: string
  /** Every object, summarised, in report order. */
  objects: readonly ObjectSummary[]
  /** Full reports of some objects, by index into `objects`. */
  details: Readonly<Record<number, ObjectReport>>
  /** The first skipped documents; `skippedCount` says how many there are. */
  skipped: readonly SkippedObject[]
  skippedCount: number
  /** The first input errors; `errorCount` says how many there are. */
  errors: readonly InputError[]
  errorCount: number
  /** Editor squiggles for each target level, computed where the full report lives. */
  markers: Record<Level, MarkerSet>
  /**
   * True when `objects` and `details` are the last result that could be read, kept while the text
   * has input errors that lost objects (a syntax error mid-edit); `errors` and `markers` are current.
   */
  outOfDate?: boolean
  /**
   * The input spans namespaces: its objects are in two or more (one without a namespace is in
   * `default`), or it holds a Namespace object. The app then offers the namespace rollout plan.
   */
  spansNamespaces: boolean
}

export interface ViewLimits {
  /** Up to this many objects, every object's detail is in the view (no round trip on selection). */
  eagerDetails: number
  /** Input errors and skipped documents listed at most. */
  listed: number
  /** Editor markers per target level at most (the textarea lists each one as a button). */
  markers: number
}

const VIEW_LIMITS: ViewLimits = { eagerDetails: 50, listed: 200, markers: 300 }

/** The view of `report` for `text`, with the detail of `objectIndex` (clamped) in it. */
export function compactReport(report: Report, text: string, objectIndex: number, limits: ViewLimits = VIEW_LIMITS): ReportView {
  const { objects } = report
  const details: Record<number, ObjectReport> = {}
  if (objects.length <= limits.eagerDetails) objects.forEach((object, index) => (details[index] = object))
  else if (objects.length > 0) {
    const index = clampIndex(objectIndex, objects.length)
    details[index] = objects[index]
  }
  const lines = text.split('\n')
  const markers = {} as Record<Level, MarkerSet>
  for (const level of LEVELS) markers[level] = buildMarkers(report, level, lines, limits.markers)
  return {
    policyVersion: report.policyVersion,
    requestedVersion: report.requestedVersion,
    objects: objects.map(summarise),
    details,
    skipped: report.skipped.slice(0, limits.listed),
    skippedCount: report.skipped.length,
    errors: report.errors.slice(0, limits.listed),
    errorCount: report.errors.length,
    markers,
    spansNamespaces: spansNamespaces(report),
  }
}

function spansNamespaces({ objects, skipped }: Report): boolean {
  const first = objects[0]?.namespace ?? 'default'
  return objects.some((object) => (object.namespace ?? 'default') !== first) || skipped.some((object) => object.kind === 'Namespace')
}

/**
 * The view to show after `next` arrives while `shown` is on screen. A text whose input errors lost
 * objects (typically a YAML syntax error while typing) keeps the objects of the last result that
 * could be read, marked out of date, with the new errors and markers; otherwise `next` as it is.
 */
export function keepLastGood(shown: ReportView | null, next: ReportView): ReportView {
  if (!shown || next.errorCount === 0 || next.objects.length >= shown.objects.length) return next
  return { ...next, objects: shown.objects, details: shown.details, outOfDate: true }
}

/** The selectable index nearest to `index` in a list of `count` objects. */
export function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(Math.trunc(index) || 0, count - 1))
}

/** One object's summary, as the view carries it (also for a what-if's object). */
export function summarise(object: ObjectReport): ObjectSummary {
  const { baseline, restricted } = object.levels
  const failing = new Set<string>()
  for (const violation of baseline.violations) failing.add(violation.check)
  for (const violation of restricted.violations) failing.add(violation.check)
  return {
    file: object.file,
    document: object.document,
    item: object.item,
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    location: pickRange(object.location),
    highestLevel: object.highestLevel,
    allowed: { baseline: baseline.allowed, restricted: restricted.allowed },
    failingChecks: [...failing],
    problemCount: object.problems.length,
    targetsWindows: object.windows.targetsWindows,
    apiAccepted: object.gates.api.accepted,
    kubelet: object.gates.kubelet.status,
  }
}

/**
 * Syntax errors, API problems, kubelet findings and Pod Security failures at `level`, for every object (not only
 * the selected one: in a multi-document file the squiggles show where the others fail, and each
 * hover names its object). At most `limit` markers; past that, a last info marker at the top of
 * the text says how many were left out, so a huge input never floods the editor.
 */
function buildMarkers(report: Report, level: Level, lines: readonly string[], limit = Number.POSITIVE_INFINITY): MarkerSet {
  const markers: EditorMarker[] = []
  let total = 0
  const add = (make: () => EditorMarker) => {
    total += 1
    if (markers.length < limit) markers.push(make())
  }
  for (const error of report.errors) {
    add(() => ({ severity: 'error', message: error.message, source: 'yaml', ...clampToFirstLine(error, lines) }))
  }
  for (const object of report.objects) {
    const who = `${object.kind}${object.name ? ` "${object.name}"` : ''}`
    for (const problem of object.problems) {
      add(() => ({
        severity: problem.severity,
        message: `${who}: ${problem.path}: ${problem.message}`,
        source: 'API validation',
        ...clampToFirstLine(problem, lines),
      }))
    }
    for (const finding of object.gates.kubelet.findings) {
      // A refusal stops the pod as surely as a denial; what depends on the image or node is a note.
      const subject = finding.container === null ? 'the pod' : `container "${finding.container}"`
      const outcome = finding.status === 'refused' ? 'the kubelet refuses it' : `depends on the ${finding.dependsOn}`
      add(() => ({
        severity: finding.status === 'refused' ? 'error' : 'info',
        message: `${who}, ${subject}: ${outcome}: ${finding.message}`,
        source: 'kubelet',
        ...clampToFirstLine(finding, lines),
      }))
    }
    if (level === 'privileged') continue
    for (const violation of object.levels[level].violations) {
      const detail = violation.detail ? ` (${violation.detail})` : ''
      for (const location of violation.locations) {
        add(() => ({
          severity: 'error',
          message: `${who} [${violation.check}]: ${violation.reason}${detail}`,
          source: `PodSecurity ${level}:${report.requestedVersion}`,
          ...clampToFirstLine(location, lines),
        }))
      }
    }
  }
  if (total > markers.length) {
    markers.push({
      severity: 'info',
      message: `Marked the first ${markers.length} of ${total} findings; the Objects panel lists every object.`,
      source: 'playground',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    })
  }
  return { markers, total }
}

/**
 * A missing field is blamed on its nearest existing ancestor, often a whole container block;
 * squiggling one line keeps the editor readable while still pointing at the right place.
 */
function clampToFirstLine(range: SourceRange, lines: readonly string[]): SourceRange {
  if (range.endLine <= range.line) return pickRange(range)
  const lineLength = lines[range.line - 1]?.length ?? range.column
  return {
    line: range.line,
    column: range.column,
    endLine: range.line,
    endColumn: Math.max(range.column + 1, lineLength + 1),
  }
}

function pickRange({ line, column, endLine, endColumn }: SourceRange): SourceRange {
  return { line, column, endLine, endColumn }
}
