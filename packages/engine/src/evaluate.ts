/** The engine's pipeline: text → documents → objects → every stage → one report. Never throws. */
import { START_OF_TEXT, objectLocator, rangeOf } from './evaluateLocations'
import { evaluateWorkload } from './evaluateObject'
import { parseManifests, type ParsedDocument, type StreamStart } from './parse'
import { LATEST_MINOR, isLevel, parsePolicyVersion, parseVersionRange, type PolicyVersion, type VersionRange } from './pss'
import type { InputError, Level, Report, SourceRange } from './types'
import { extractDocument, type Extracted } from './workloads'

/** What to evaluate against and how to name the input. */
export interface EvaluateOptions {
  /** Policy version: `latest` (the default) or `v1.<minor>`; printed in messages as written. */
  version?: string
  /** File name copied into every result, or null for unnamed text. */
  file?: string | null
  /** The level the namespace enforces, for each object's admission gate; `restricted` by default. */
  level?: Level
  /** `all` or `v1.A..v1.B`: adds each object's `matrix` and `changes` over those policy versions. */
  versions?: string
  /** Where `text` starts when it is a piece of a longer stream (streamPieces): lines and document indices are reported from there. */
  start?: StreamStart
}

/** Evaluates every object in YAML or JSON text; problems with the input come back as `errors`, never as exceptions. */
export function evaluate(text: string, options: EvaluateOptions = {}): Report {
  const file = options.file ?? null
  const requested = options.version ?? 'latest'
  try {
    const parsed = parsePolicyVersion(requested)
    if (!parsed.ok) return failed(requested, { file, document: null, item: null, message: parsed.message, ...START_OF_TEXT })
    if (typeof text !== 'string') return failed(requested, { file, document: null, item: null, message: 'the input is not text', ...START_OF_TEXT })
    const level = options.level ?? 'restricted'
    if (!isLevel(level))
      return failed(requested, {
        file,
        document: null,
        item: null,
        message: `invalid level ${JSON.stringify(level)}: expected privileged, baseline or restricted`,
        ...START_OF_TEXT,
      })
    const range = options.versions === undefined ? undefined : parseVersionRange(options.versions)
    if (range && !range.ok) return failed(requested, { file, document: null, item: null, message: range.message, ...START_OF_TEXT })
    const start = options.start ?? { line: 1, document: 0 }
    if (!(Number.isSafeInteger(start.line) && start.line >= 1 && Number.isSafeInteger(start.document) && start.document >= 0)) {
      return failed(requested, {
        file,
        document: null,
        item: null,
        message: 'invalid start: line must be a whole number from 1 and document one from 0',
        ...START_OF_TEXT,
      })
    }
    return evaluateText(text, file, parsed.version, level, range?.range, start)
  } catch (error) {
    return failed(requested, { file, document: null, item: null, message: `internal error: ${messageOf(error)}`, ...START_OF_TEXT })
  }
}

function evaluateText(
  text: string,
  file: string | null,
  version: PolicyVersion,
  target: Level,
  versions: VersionRange | undefined,
  start: StreamStart,
): Report {
  const report: Report = { policyVersion: `v1.${version.minor}`, requestedVersion: version.label, objects: [], skipped: [], errors: [] }
  const parsed = parseManifests(text, start)
  for (const error of parsed.errors) report.errors.push({ file, document: error.document, item: null, message: error.message, ...error.range })
  // What kubectl reads silently (a duplicate key) is a warning on each object of that document.
  const warningsOf = new Map<number | null, typeof parsed.warnings>()
  for (const warning of parsed.warnings) {
    const list = warningsOf.get(warning.document)
    if (list) list.push(warning)
    else warningsOf.set(warning.document, [warning])
  }
  for (const parsedDocument of parsed.documents) {
    const first = report.objects.length
    for (const extracted of extractDocument(parsedDocument.value)) addObject(report, parsedDocument, extracted, { file, version, target, versions })
    const warnings = warningsOf.get(parsedDocument.index) ?? []
    for (const object of report.objects.slice(first)) {
      for (const warning of warnings) object.problems.push({ severity: 'warning', code: 'duplicate-key', path: '', message: warning.message, ...warning.range })
    }
  }
  // Parse errors were collected first; put every error back into stream order.
  report.errors.sort((a, b) => (a.document ?? -1) - (b.document ?? -1) || (a.item ?? -1) - (b.item ?? -1))
  return report
}

function addObject(
  report: Report,
  parsedDocument: ParsedDocument,
  extracted: Extracted,
  { file, version, target, versions }: { file: string | null; version: PolicyVersion; target: Level; versions: VersionRange | undefined },
): void {
  const origin = { file, document: parsedDocument.index }
  const templatePath = extracted.type === 'workload' ? extracted.templatePath : []
  const locator = objectLocator(parsedDocument, extracted.objectPath, templatePath)
  const where = (): SourceRange => rangeOf(locator.object(extracted.type === 'invalid' ? extracted.path : []))
  if (extracted.type === 'invalid') {
    report.errors.push({ ...origin, item: extracted.item, message: extracted.message, ...where() })
  } else if (extracted.type === 'skipped') {
    const { item, kind, name, reason } = extracted
    report.skipped.push({ ...origin, item, kind, name, reason, location: where() })
  } else {
    try {
      report.objects.push(evaluateWorkload(extracted, locator, version, origin, target, versions))
    } catch (error) {
      // One object's failure must not cost the others their results.
      const subject = `${extracted.kind}${extracted.name ? ` "${extracted.name}"` : ''}`
      report.errors.push({ ...origin, item: extracted.item, message: `internal error while evaluating ${subject}: ${messageOf(error)}`, ...where() })
    }
  }
}

function failed(requested: string, error: InputError): Report {
  return { policyVersion: `v1.${LATEST_MINOR}`, requestedVersion: String(requested), objects: [], skipped: [], errors: [error] }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
