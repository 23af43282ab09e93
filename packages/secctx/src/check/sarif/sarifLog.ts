/**
 * A SARIF 2.1.0 log of one `secctx check` run, written as it goes: `begin()`, then `object()` and
 * `inputError()` for each finding's source in stream order (each returns the text of its results),
 * then `end()`. Results are written one per line while the run lasts; the run's `tool` (whose rule
 * list grows when a new API problem code turns up), its invocation and its properties follow the
 * `results` array, which JSON allows, so nothing but the rules and the notifications is held.
 */
import type { InputError, Level, ObjectReport } from '@secctx/engine'
import packageJson from '../../../package.json'
import { closeEntries, entryLine } from '../jsonLines'
import { artifactLocation, srcRootUri, SRCROOT } from './artifactUri'
import { Fingerprints } from './fingerprints'
import { inputErrorResult, objectResults, type ResultContext } from './results'
import { RuleTable } from './rules'
import type { SarifNotification, SarifResult } from './sarifTypes'

/** The schema GitHub code scanning and Microsoft's validator know SARIF 2.1.0 by. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * GitHub code scanning rejects a run with more results than this and shows the 5,000 most severe;
 * past it results are left out, in stream order, and a notification says how many.
 */
const MAX_RESULTS = 25_000

/**
 * No project page exists yet, so the tool's information URI is the behaviour it reproduces:
 * Kubernetes' Pod Security Admission.
 */
const INFORMATION_URI = 'https://kubernetes.io/docs/concepts/security/pod-security-admission/'

/** The policy versions of the run, as the engine's reports give them. */
export interface RunVersions {
  policyVersion: string
  requestedVersion: string
}

/** Options of a log. */
export interface SarifLogOptions {
  /** `--level`, or null; results' levels follow each object's admission gate either way. */
  level: Level | null
  /** The directory relative file names are relative to; `%SRCROOT%` in the log. */
  cwd: string
  /** Results past this many are left out (GitHub's limit by default). */
  maxResults?: number
}

/** One run's SARIF log, written piece by piece. */
export class SarifLog {
  private readonly rules = new RuleTable()
  private readonly fingerprints = new Fingerprints()
  private readonly notifications: SarifNotification[] = []
  private readonly maxResults: number
  private versions: RunVersions | null = null
  private written = 0
  private leftOut = 0

  constructor(private readonly options: SarifLogOptions) {
    this.maxResults = options.maxResults ?? MAX_RESULTS
  }

  /** The log's opening, up to the start of the results array. */
  begin(): string {
    return `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`
  }

  /** The results of one evaluated object, as text to write. */
  object(object: ObjectReport, versions: RunVersions): string {
    this.versions ??= versions
    return this.emit(objectResults(object, this.context(versions)))
  }

  /** An input error: a result at its place when it is in a document, else a notification (the input was never read). */
  inputError(error: InputError, versions: RunVersions): string {
    this.versions ??= versions
    if (error.document !== null) return this.emit([inputErrorResult(error, this.context(versions))])
    this.notifications.push({
      level: 'error',
      message: { text: error.message },
      descriptor: { id: 'unreadable-input' },
      ...(error.file === null ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.file, this.options.cwd) } }] }),
    })
    return ''
  }

  /** The rest of the log: the end of the results, the tool with every rule, the invocation and the run's properties. */
  end(): string {
    if (this.leftOut > 0) {
      this.notifications.push({
        level: 'warning',
        message: { text: `${this.leftOut} results were left out: GitHub code scanning rejects a run with more than ${this.maxResults} results.` },
        descriptor: { id: 'results-limit' },
      })
    }
    const run = {
      tool: {
        driver: {
          name: 'secctx',
          fullName: 'secctx, the CLI of Security Context Playground',
          version: packageJson.version,
          semanticVersion: packageJson.version,
          informationUri: INFORMATION_URI,
          rules: this.rules.all(),
        },
      },
      invocations: [
        {
          executionSuccessful: !this.notifications.some((notification) => notification.level === 'error'),
          toolExecutionNotifications: this.notifications,
        },
      ],
      originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(this.options.cwd) } },
      columnKind: 'utf16CodeUnits',
      properties: {
        policyVersion: this.versions?.policyVersion ?? null,
        requestedVersion: this.versions?.requestedVersion ?? null,
        level: this.options.level,
        resultsLeftOut: this.leftOut,
      },
    }
    const rest = JSON.stringify(run, null, 2).slice(1, -1).replaceAll('\n', '\n    ')
    return `${closeEntries(this.written, '      ')},${rest}}\n  ]\n}\n`
  }

  private context(versions: RunVersions): ResultContext {
    return { rules: this.rules, fingerprints: this.fingerprints, cwd: this.options.cwd, ...versions }
  }

  private emit(results: readonly SarifResult[]): string {
    let text = ''
    for (const result of results) {
      if (this.written >= this.maxResults) {
        this.leftOut += 1
        continue
      }
      text += entryLine(this.written++, '        ', JSON.stringify(result))
    }
    return text
  }
}
