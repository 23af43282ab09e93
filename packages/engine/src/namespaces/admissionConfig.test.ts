import { describe, expect, test } from 'vitest'
import { readAdmissionConfig } from './admissionConfig'

const config = (defaults: string) => `apiVersion: pod-security.admission.config.k8s.io/v1
kind: PodSecurityConfiguration
defaults: ${defaults}
`

describe('admission configuration defaults, as upstream validates them', () => {
  test('a version is read as api.ParseVersion reads it: an overlong minor or a stray sign or space is an error', () => {
    for (const bad of ['v1.99999999999999999999', 'v1.9223372036854775808', 'v1.+5', '" v1.5"', 'v1.05', 'v1.']) {
      const settings = readAdmissionConfig(config(`{enforce: baseline, enforce-version: ${bad}}`), 'psa.yaml')
      expect(settings.errors.map((e) => [e.message, e.line, e.column])).toEqual([
        [`defaults.enforce-version: Invalid value: ${JSON.stringify(bad.replace(/"/g, ''))}: must be "latest" or "v1.x"`, 3, 31],
      ])
    }
    const largest = readAdmissionConfig(config('{enforce: baseline, enforce-version: v1.9223372036854775807}'), 'psa.yaml')
    expect([largest.errors, largest.defaults.enforce]).toEqual([[], { level: 'baseline', version: 'v1.9223372036854775807' }])
  })

  test('an empty or null value takes the stock default, as SetDefaults_PodSecurityDefaults fills it', () => {
    const settings = readAdmissionConfig(
      config(`{enforce: "", enforce-version: "", audit: null, audit-version: null, warn: restricted, warn-version: v1.30}`),
      'psa.yaml',
    )
    expect(settings.errors).toEqual([])
    expect(settings.defaults).toEqual({
      enforce: { level: 'privileged', version: 'latest' },
      audit: { level: 'privileged', version: 'latest' },
      warn: { level: 'restricted', version: 'v1.30' },
    })
  })
})
