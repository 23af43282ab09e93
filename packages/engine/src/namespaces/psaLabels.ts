/**
 * Namespace labels → Pod Security policy, as upstream's api.PolicyToEvaluate reads them: a missing
 * label keeps the default; an invalid enforce level fails closed (restricted), an invalid audit or
 * warn level fails open (privileged), an invalid version means latest; and a valid enforce level
 * stricter than the warn level carries over to warn (with its version) when warn has no label.
 */
import { isLevel, parsePolicyVersion, stricter } from '../pss'
import type { Level } from '../types'
import type { ModePolicy, NamespacePolicy } from './types'

/** The label prefix Pod Security Admission reads. */
export const LABEL_PREFIX = 'pod-security.kubernetes.io/'

/** The three modes, in the order upstream reads their labels. */
export const MODES = ['enforce', 'audit', 'warn'] as const

/** One of enforce, audit, warn. */
export type Mode = (typeof MODES)[number]

/** A label PSA could not read: which, its value, upstream's complaint and what is used instead. */
export interface LabelError {
  label: string
  value: string
  message: string
  treatedAs: string
}

/** The stock defaults: privileged:latest for every mode. */
export const STOCK_DEFAULTS: NamespacePolicy = {
  enforce: { level: 'privileged', version: 'latest' },
  audit: { level: 'privileged', version: 'latest' },
  warn: { level: 'privileged', version: 'latest' },
}

/** The policy a namespace's labels resolve to, and every label PSA could not read. */
export function policyFromLabels(labels: Record<string, string>, defaults: NamespacePolicy): { policy: NamespacePolicy; errors: LabelError[] } {
  const policy: Record<Mode, ModePolicy> = { enforce: { ...defaults.enforce }, audit: { ...defaults.audit }, warn: { ...defaults.warn } }
  const errors: LabelError[] = []
  const has = (key: string) => Object.prototype.hasOwnProperty.call(labels, key)
  let enforceLevelValid = false
  for (const mode of MODES) {
    const levelLabel = LABEL_PREFIX + mode
    if (has(levelLabel)) {
      const value = labels[levelLabel]
      if (isLevel(value)) {
        policy[mode].level = value
        if (mode === 'enforce') enforceLevelValid = true
      } else {
        // Enforce fails closed; audit and warn fail open.
        const treatedAs: Level = mode === 'enforce' ? 'restricted' : 'privileged'
        policy[mode].level = treatedAs
        errors.push({ label: levelLabel, value, message: invalid(levelLabel, value, 'must be one of privileged, baseline, restricted'), treatedAs })
      }
    }
    const versionLabel = `${levelLabel}-version`
    if (has(versionLabel)) {
      const value = labels[versionLabel]
      if (parsePolicyVersion(value).ok) policy[mode].version = value
      else {
        policy[mode].version = 'latest'
        errors.push({ label: versionLabel, value, message: invalid(versionLabel, value, 'must be "latest" or "v1.x"'), treatedAs: 'latest' })
      }
    }
  }
  const warnLabelled = has(`${LABEL_PREFIX}warn`)
  if (!warnLabelled && enforceLevelValid && stricter(policy.enforce.level, policy.warn.level)) {
    policy.warn.level = policy.enforce.level
    if (!has(`${LABEL_PREFIX}warn-version`)) policy.warn.version = policy.enforce.version
  }
  return { policy, errors }
}

function invalid(label: string, value: string, reason: string): string {
  return `metadata.labels[${label}]: Invalid value: ${JSON.stringify(value)}: ${reason}`
}
