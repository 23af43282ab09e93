/** What the Namespaces view shows of a planned namespace, derived from the plan alone (no React). */
import {
  POD_SECURITY_LABEL_PREFIX as PREFIX,
  POD_SECURITY_MODES as MODES,
  type CheckedLevel,
  type LabelProblem,
  type Level,
  type NamespacePolicy,
} from '@secctx/engine'
import type { NamespaceView, PlanObjectView } from '../../workers/protocol/planView'

/** One of enforce, audit, warn. */
export type Mode = (typeof MODES)[number]

/** Where a resolved level or version came from. */
export type PolicySource = 'label' | 'invalid label' | 'default' | 'enforce'

/** One mode of a namespace's policy: what PSA uses, what was labelled, and why they differ. */
export interface PolicyRow {
  mode: Mode
  level: Level
  version: string
  levelFrom: PolicySource
  versionFrom: PolicySource
  /** The labels as written (absent when unlabelled). */
  levelLabel?: string
  versionLabel?: string
  /** The labels of this mode PSA could not read. */
  problems: LabelProblem[]
}

/**
 * The namespace's enforce, audit and warn rows. An unlabelled warn that differs from the default
 * took its value from enforce: PSA carries a valid enforce level stricter than warn over to warn.
 */
export function policyRows(namespace: NamespaceView, defaults: NamespacePolicy): PolicyRow[] {
  const labelled = (key: string) => (Object.prototype.hasOwnProperty.call(namespace.labels, key) ? namespace.labels[key] : undefined)
  return MODES.map((mode) => {
    const policy = namespace.policy[mode]
    const problems = namespace.problems.filter((problem) => problem.label === PREFIX + mode || problem.label === `${PREFIX}${mode}-version`)
    const levelLabel = labelled(PREFIX + mode)
    const versionLabel = labelled(`${PREFIX}${mode}-version`)
    const source = (label: string | undefined, key: string, differs: boolean): PolicySource => {
      if (label !== undefined) return problems.some((problem) => problem.label === key) ? 'invalid label' : 'label'
      return mode === 'warn' && differs ? 'enforce' : 'default'
    }
    return {
      mode,
      level: policy.level,
      version: policy.version,
      levelFrom: source(levelLabel, PREFIX + mode, policy.level !== defaults.warn.level),
      versionFrom: source(versionLabel, `${PREFIX}${mode}-version`, policy.version !== defaults.warn.version),
      ...(levelLabel === undefined ? {} : { levelLabel }),
      ...(versionLabel === undefined ? {} : { versionLabel }),
      problems,
    }
  })
}

/** The collapsed row's one-line summary, e.g. `enforce baseline:v1.30 · audit privileged:latest · warn baseline:v1.30`. */
export function policyLine(namespace: NamespaceView): string {
  return MODES.map((mode) => `${mode} ${namespace.policy[mode].level}:${namespace.policy[mode].version}`).join(' · ')
}

/** How an object is named in the lists: `Kind/name`. */
export function objectLabel(object: Pick<PlanObjectView, 'kind' | 'name'>): string {
  return `${object.kind}/${object.name ?? '(unnamed)'}`
}

/** The objects the namespace's current enforce policy denies (none when PSA does not evaluate them). */
export function deniedNow(namespace: NamespaceView): PlanObjectView[] {
  return namespace.objects.filter((object) => !object.enforceAllowed)
}

/** The objects an enforce label of `level` would deny, in input order. */
export function wouldDenyAt(namespace: NamespaceView, level: CheckedLevel): PlanObjectView[] {
  return namespace.wouldDeny[level].map((position) => namespace.objects[position]!)
}
