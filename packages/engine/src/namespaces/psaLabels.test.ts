import { describe, expect, test } from 'vitest'
import { STOCK_DEFAULTS, policyFromLabels } from './psaLabels'
import type { NamespacePolicy } from './types'

const P = 'pod-security.kubernetes.io/'
const policy = (enforce: string, audit: string, warn: string): NamespacePolicy => {
  const mode = (text: string) => {
    const [level, version] = text.split(':')
    return { level: level as 'privileged', version }
  }
  return { enforce: mode(enforce), audit: mode(audit), warn: mode(warn) }
}

describe('namespace labels as api.PolicyToEvaluate reads them', () => {
  test('no labels: the defaults', () => {
    expect(policyFromLabels({}, STOCK_DEFAULTS)).toEqual({ policy: policy('privileged:latest', 'privileged:latest', 'privileged:latest'), errors: [] })
  })

  test('every mode with its version; labels of other prefixes are ignored', () => {
    const labels = {
      [`${P}enforce`]: 'baseline',
      [`${P}enforce-version`]: 'v1.30',
      [`${P}audit`]: 'restricted',
      [`${P}audit-version`]: 'v1.29',
      [`${P}warn`]: 'restricted',
      [`${P}warn-version`]: 'latest',
      app: 'x',
    }
    expect(policyFromLabels(labels, STOCK_DEFAULTS).policy).toEqual(policy('baseline:v1.30', 'restricted:v1.29', 'restricted:latest'))
  })

  test('an invalid enforce level fails closed to restricted, audit and warn fail open to privileged, with upstream messages', () => {
    const defaults = policy('baseline:v1.20', 'baseline:v1.20', 'baseline:v1.20')
    const { policy: resolved, errors } = policyFromLabels({ [`${P}enforce`]: 'strict', [`${P}audit`]: 'Restricted', [`${P}warn`]: '' }, defaults)
    // An invalid enforce level does not carry over to warn, and the versions stay the defaults'.
    expect(resolved).toEqual(policy('restricted:v1.20', 'privileged:v1.20', 'privileged:v1.20'))
    expect(errors.map((e) => [e.label, e.treatedAs, e.message])).toEqual([
      [`${P}enforce`, 'restricted', `metadata.labels[${P}enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted`],
      [`${P}audit`, 'privileged', `metadata.labels[${P}audit]: Invalid value: "Restricted": must be one of privileged, baseline, restricted`],
      [`${P}warn`, 'privileged', `metadata.labels[${P}warn]: Invalid value: "": must be one of privileged, baseline, restricted`],
    ])
  })

  test('an invalid version is latest, for each mode', () => {
    for (const bad of ['1.30', 'v1.05', 'v2.0', 'v1.x', 'Latest', '', 'v1.', ' v1.30', 'v1.+3', 'v1.99999999999999999999', 'v1.9223372036854775808']) {
      const { policy: resolved, errors } = policyFromLabels(
        { [`${P}enforce`]: 'baseline', [`${P}enforce-version`]: bad, [`${P}audit-version`]: bad, [`${P}warn-version`]: bad },
        policy('privileged:v1.25', 'privileged:v1.25', 'privileged:v1.25'),
      )
      expect(resolved, bad).toEqual(policy('baseline:latest', 'privileged:latest', 'baseline:latest'))
      expect(
        errors.map((e) => e.message),
        bad,
      ).toEqual(['enforce', 'audit', 'warn'].map((m) => `metadata.labels[${P}${m}-version]: Invalid value: ${JSON.stringify(bad)}: must be "latest" or "v1.x"`))
    }
  })

  test('a future version is kept as written (evaluated as the newest policy)', () => {
    expect(policyFromLabels({ [`${P}enforce`]: 'restricted', [`${P}enforce-version`]: 'v1.99' }, STOCK_DEFAULTS).policy.enforce).toEqual({
      level: 'restricted',
      version: 'v1.99',
    })
    // The largest minor Go's strconv.Atoi reads is still a version.
    expect(policyFromLabels({ [`${P}enforce-version`]: 'v1.9223372036854775807' }, STOCK_DEFAULTS)).toEqual({
      policy: policy('privileged:v1.9223372036854775807', 'privileged:latest', 'privileged:latest'),
      errors: [],
    })
  })

  test('warn inherits a stricter valid enforce level and its version, unless warn is labelled', () => {
    expect(policyFromLabels({ [`${P}enforce`]: 'restricted', [`${P}enforce-version`]: 'v1.28' }, STOCK_DEFAULTS).policy.warn).toEqual({
      level: 'restricted',
      version: 'v1.28',
    })
    expect(
      policyFromLabels({ [`${P}enforce`]: 'restricted', [`${P}enforce-version`]: 'v1.28', [`${P}warn-version`]: 'v1.30' }, STOCK_DEFAULTS).policy.warn,
    ).toEqual({ level: 'restricted', version: 'v1.30' })
    expect(policyFromLabels({ [`${P}enforce`]: 'restricted', [`${P}warn`]: 'baseline' }, STOCK_DEFAULTS).policy.warn).toEqual({
      level: 'baseline',
      version: 'latest',
    })
    // Not stricter than the default warn level: nothing carries over.
    expect(
      policyFromLabels({ [`${P}enforce`]: 'baseline', [`${P}enforce-version`]: 'v1.28' }, policy('privileged:latest', 'privileged:latest', 'restricted:v1.20'))
        .policy.warn,
    ).toEqual({ level: 'restricted', version: 'v1.20' })
  })
})
