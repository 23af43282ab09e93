import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { enumFromDescription } from './enumFromDescription'
import { generateSchemaText, SCHEMA_PATH } from './generate'
import type { JsonSchema } from './jsonSchema'

const core = (name: string) => `io.k8s.api.core.v1.${name}`

let text: string
let definitions: Record<string, JsonSchema & { properties?: Record<string, JsonSchema> }>
beforeAll(() => {
  text = generateSchemaText()
  definitions = JSON.parse(text).definitions
})

describe('src/editor/k8sSchema.json', () => {
  it('is up to date: regenerate with `npx tsx scripts/schema/generate.ts`', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8') === text).toBe(true)
  })

  it('carries the upstream doc comments and types', () => {
    const securityContext = definitions[core('SecurityContext')]!.properties!
    expect(securityContext.runAsNonRoot!.description).toMatch(/must run as a non-root user/)
    expect(securityContext.allowPrivilegeEscalation!.type).toContain('boolean')
    expect(securityContext.runAsUser!.type).toContain('integer')
    expect(securityContext.capabilities!.$ref).toBe(`#/definitions/${core('Capabilities')}`)
  })

  it('flags misspelled fields on the security-relevant path', () => {
    for (const name of ['PodSpec', 'Container', 'PodSecurityContext', 'SecurityContext', 'Capabilities', 'SeccompProfile']) {
      expect(definitions[core(name)]!.additionalProperties, name).toBe(false)
    }
    expect(definitions[core('Probe')]!.additionalProperties).toBeUndefined()
  })

  it('lists the allowed profile types', () => {
    const expected = ['Localhost', 'RuntimeDefault', 'Unconfined']
    expect(definitions[core('SeccompProfile')]!.properties!.type!.enum).toEqual(expected)
    expect(definitions[core('AppArmorProfile')]!.properties!.type!.enum).toEqual(expected)
  })

  it('adds fields newer than kubernetes-types, saying since when', () => {
    const pod = definitions[core('PodSecurityContext')]!.properties!
    expect(pod.supplementalGroupsPolicy!.description).toMatch(/Kubernetes v1\.31/)
    expect(pod.seLinuxChangePolicy!.enum).toEqual(['MountOption', 'Recursive'])
    expect(definitions[core('PodSpec')]!.properties!.hostUsers!.type).toContain('boolean')
    expect(definitions[core('Volume')]!.properties!.image!.$ref).toBe(`#/definitions/${core('ImageVolumeSource')}`)
  })

  it('accepts numbers as quantities and strings or integers as ports', () => {
    const limits = definitions[core('ResourceRequirements')]!.properties!.limits!
    expect(limits.additionalProperties).toEqual({ type: ['string', 'number'] })
    const probePort = definitions[core('HTTPGetAction')]!.properties!.port!
    expect(probePort.type).toEqual(['integer', 'string'])
  })

  it('dispatches on kind and lets unknown kinds through', () => {
    const root = JSON.parse(text)
    expect(root.$ref).toBe('#/definitions/resource')
    const branches = definitions.resource!.allOf as { if: { properties: { kind: { const: string } } } }[]
    expect(branches.map((branch) => branch.if.properties.kind.const)).toEqual([
      'Pod',
      'PodTemplate',
      'ReplicationController',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'Job',
      'CronJob',
      'List',
    ])
    expect(definitions.resource!.additionalProperties).toBeUndefined()
  })

  it('contains only what the workload kinds reach', () => {
    expect(definitions[core('Service')]).toBeUndefined()
    expect(definitions[core('PodStatus')]).toBeUndefined()
  })
})

describe('enumFromDescription', () => {
  it('reads the two fixed phrasings, and nothing looser', () => {
    expect(enumFromDescription('Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.')).toEqual(['OnRootMismatch', 'Always'])
    expect(enumFromDescription('Valid options are:\n  Localhost - a profile.\n  Unconfined - none.')).toEqual(['Localhost', 'Unconfined'])
    expect(enumFromDescription('Valid values are "None", empty string (""), or a valid IP address.')).toBeUndefined()
    expect(enumFromDescription("Defaults to ClusterFirst. Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst'.")).toBeUndefined()
  })
})
