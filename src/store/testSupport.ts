/** Builders and fake evaluators for unit tests of the store and panels; never imported by app code. */
import type { ContainerReport, LevelResult, ObjectReport, Report, Violation } from '@secctx/engine'
import type { EvaluationRequest, EvaluationResult } from '../workers/protocol/requests'
import type { Evaluator } from './evaluator'
import { compactReport, type ReportView } from '../workers/protocol/reportView'

const here = { line: 1, column: 1, endLine: 1, endColumn: 2 }

export function makeViolation(overrides: Partial<Violation> = {}): Violation {
  return {
    check: 'runAsNonRoot',
    level: 'restricted',
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "app" must set securityContext.runAsNonRoot=true',
    locations: [{ ...here, line: 5, path: 'spec.containers[0]' }],
    ...overrides,
  }
}

export function makeLevel(violations: Violation[] = [], message: string | null = null): LevelResult {
  return { allowed: violations.length === 0, violations, message }
}

export function makeContainer(overrides: Partial<ContainerReport> = {}): ContainerReport {
  return { name: 'app', type: 'container', path: 'spec.containers[0]', effective: {}, ...overrides }
}

export function makeObject(overrides: Partial<ObjectReport> = {}): ObjectReport {
  return {
    file: null,
    document: 0,
    item: null,
    apiVersion: 'v1',
    kind: 'Pod',
    name: 'demo',
    namespace: null,
    podSpecPath: 'spec',
    location: here,
    highestLevel: 'restricted',
    levels: { baseline: makeLevel(), restricted: makeLevel() },
    containers: [makeContainer()],
    pod: {},
    problems: [],
    windows: { targetsWindows: false, signals: [], osName: null, guidance: [] },
    gates: {
      api: { accepted: true },
      admission: { level: 'restricted', allowed: true, workload: false },
      kubelet: { status: 'starts', findings: [] },
    },
    ...overrides,
  }
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    policyVersion: 'v1.37',
    requestedVersion: 'latest',
    objects: [makeObject()],
    skipped: [],
    errors: [],
    ...overrides,
  }
}

/** The view an evaluator would post for `report` (see reportView.ts). */
export function makeView(report: Report = makeReport(), text = '', objectIndex = 0): ReportView {
  return compactReport(report, text, objectIndex)
}

export interface PendingCall {
  request: EvaluationRequest
  resolve: (report?: Report) => void
  reject: (error: unknown) => void
}

/** An evaluator whose answers the test releases by hand, in any order; a full report given is posted as its view. */
export function createManualEvaluator(): { evaluator: Evaluator; calls: PendingCall[] } {
  const calls: PendingCall[] = []
  const evaluator: Evaluator = (request) =>
    new Promise<EvaluationResult>((resolve, reject) => {
      calls.push({
        request,
        resolve: (report = makeReport({ requestedVersion: request.version })) =>
          resolve({ revision: request.revision, report: makeView(report, request.text, request.objectIndex) }),
        reject,
      })
    })
  return { evaluator, calls }
}

/** Lets queued promise callbacks run. */
export const flushPromises = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
