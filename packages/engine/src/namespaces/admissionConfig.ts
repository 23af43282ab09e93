/**
 * Reads the PodSecurity admission plugin's configuration: a PodSecurityConfiguration, or the
 * AdmissionConfiguration whose `PodSecurity` plugin carries one inline. Unlike namespace labels, a
 * bad value here is an error (the API server refuses to start with it), reported with its position.
 */
import { parseManifests } from '../parse'
import type { FieldPath, InputError } from '../types'
import { isRecord, own } from '../util/values'
import { MODES, STOCK_DEFAULTS } from './psaLabels'
import { isLevel, parsePolicyVersion } from '../pss'
import type { Exemptions, ModePolicy, NamespacePolicy } from './types'

/** The defaults and exemptions an admission configuration sets, and what was wrong with it. */
export interface AdmissionSettings {
  defaults: NamespacePolicy
  exemptions: Exemptions
  errors: InputError[]
}

const CONFIG_API_VERSIONS = [
  'pod-security.admission.config.k8s.io/v1',
  'pod-security.admission.config.k8s.io/v1beta1',
  'pod-security.admission.config.k8s.io/v1alpha1',
]

/** No configuration: stock defaults, no exemptions. */
export function defaultAdmissionSettings(): AdmissionSettings {
  return {
    defaults: { enforce: { ...STOCK_DEFAULTS.enforce }, audit: { ...STOCK_DEFAULTS.audit }, warn: { ...STOCK_DEFAULTS.warn } },
    exemptions: { namespaces: [], runtimeClasses: [], usernames: [] },
    errors: [],
  }
}

/** Reads a configuration file's text; `file` names it in errors. */
export function readAdmissionConfig(text: string, file: string | null): AdmissionSettings {
  const settings = defaultAdmissionSettings()
  const parsed = parseManifests(text)
  const fail = (message: string, range = { line: 1, column: 1, endLine: 1, endColumn: 1 }, document: number | null = null) => {
    settings.errors.push({ file, document, item: null, message, ...range })
    return settings
  }
  for (const error of parsed.errors) fail(error.message, error.range, error.document)
  if (settings.errors.length > 0) return settings
  const document = parsed.documents[0]
  if (!document || parsed.documents.length > 1) return fail('expected one PodSecurityConfiguration or AdmissionConfiguration document')
  const at = (path: FieldPath) => document.locate(path).range
  let config: unknown = document.value
  let base: FieldPath = []
  if (own(config, 'kind') === 'AdmissionConfiguration') {
    const plugins = own(config, 'plugins')
    const index = Array.isArray(plugins) ? plugins.findIndex((plugin) => own(plugin, 'name') === 'PodSecurity') : -1
    if (index < 0) return fail('the AdmissionConfiguration has no plugin named PodSecurity', at(['plugins']), 0)
    const plugin = (plugins as unknown[])[index]
    if (own(plugin, 'configuration') === undefined) {
      // The API server would read `path`; this file may be elsewhere, so it is named rather than guessed.
      return fail(
        `the PodSecurity plugin's configuration is in a separate file${typeof own(plugin, 'path') === 'string' ? ` (${String(own(plugin, 'path'))})` : ''}: pass that file to --admission-config`,
        at(['plugins', index]),
        0,
      )
    }
    base = ['plugins', index, 'configuration']
    config = own(plugin, 'configuration')
  }
  if (!isRecord(config) || own(config, 'kind') !== 'PodSecurityConfiguration') {
    return fail('expected kind PodSecurityConfiguration (or an AdmissionConfiguration with a PodSecurity plugin)', at(base), 0)
  }
  const apiVersion = own(config, 'apiVersion')
  if (!CONFIG_API_VERSIONS.includes(apiVersion as string)) {
    fail(`apiVersion ${JSON.stringify(apiVersion ?? null)} is not one of ${CONFIG_API_VERSIONS.join(', ')}`, at([...base, 'apiVersion']), 0)
  }
  const defaults = own(config, 'defaults')
  // Upstream's SetDefaults_PodSecurityDefaults fills an empty (or null, which decodes to empty) value with the stock default.
  const given = (key: string) => {
    const value = own(defaults, key)
    return value === null || value === '' ? undefined : value
  }
  for (const mode of MODES) {
    const target: ModePolicy = settings.defaults[mode]
    const level = given(mode)
    if (level !== undefined) {
      if (isLevel(level)) target.level = level
      else
        fail(`defaults.${mode}: Invalid value: ${JSON.stringify(level)}: must be one of privileged, baseline, restricted`, at([...base, 'defaults', mode]), 0)
    }
    const version = given(`${mode}-version`)
    if (version !== undefined) {
      if (typeof version === 'string' && parsePolicyVersion(version).ok) target.version = version
      else
        fail(`defaults.${mode}-version: Invalid value: ${JSON.stringify(version)}: must be "latest" or "v1.x"`, at([...base, 'defaults', `${mode}-version`]), 0)
    }
  }
  const exemptions = own(config, 'exemptions')
  for (const key of ['namespaces', 'runtimeClasses', 'usernames'] as const) {
    const list = own(exemptions, key)
    if (list === undefined || list === null) continue
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) {
      fail(`exemptions.${key} must be a list of strings`, at([...base, 'exemptions', key]), 0)
      continue
    }
    settings.exemptions[key] = [...list]
  }
  return settings
}
