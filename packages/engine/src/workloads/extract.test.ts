import { describe, expect, it } from 'vitest'
import { extractDocument } from './extract'
import type { Extracted, Workload } from './types'

const TEMPLATE = { metadata: { annotations: { from: 'template' } }, spec: { containers: [{ name: 'c' }] } }
const META = { name: 'w', namespace: 'ns', annotations: { from: 'workload' } }

const workload = (extracted: Extracted[]): Workload => {
  expect(extracted).toHaveLength(1)
  expect(extracted[0].type).toBe('workload')
  return extracted[0] as Workload
}

describe('extractDocument: one adapter per kind', () => {
  const cases: [kind: string, apiVersion: string, object: Record<string, unknown>, templatePath: (string | number)[]][] = [
    ['PodTemplate', 'v1', { template: TEMPLATE }, ['template']],
    ['ReplicationController', 'v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['ReplicaSet', 'apps/v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['Deployment', 'apps/v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['DaemonSet', 'apps/v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['StatefulSet', 'apps/v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['Job', 'batch/v1', { spec: { template: TEMPLATE } }, ['spec', 'template']],
    ['CronJob', 'batch/v1', { spec: { jobTemplate: { spec: { template: TEMPLATE } } } }, ['spec', 'jobTemplate', 'spec', 'template']],
  ]

  it.each(cases)('%s reads its pod template, with the template’s annotations', (kind, apiVersion, object, templatePath) => {
    const found = workload(extractDocument({ apiVersion, kind, metadata: META, ...object }))
    expect(found).toMatchObject({ kind, apiVersion, name: 'w', namespace: 'ns', item: null, objectPath: [], templatePath, missingTemplate: false })
    expect(found.template).toEqual(TEMPLATE)
    expect(found.template.metadata).toEqual({ annotations: { from: 'template' } })
  })

  it('Pod reads its own metadata and spec', () => {
    const found = workload(extractDocument({ apiVersion: 'v1', kind: 'Pod', metadata: META, spec: { hostPID: true } }))
    expect(found).toMatchObject({ templatePath: [], template: { metadata: META, spec: { hostPID: true } } })
  })

  it('accepts objects as the API returns them, with status and managedFields', () => {
    const object = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { ...META, managedFields: [{ manager: 'kubectl' }], resourceVersion: '1' },
      spec: { template: TEMPLATE },
      status: { replicas: 1 },
    }
    expect(workload(extractDocument(object)).template).toEqual(TEMPLATE)
  })

  it('accepts the legacy extensions group and a missing apiVersion', () => {
    expect(extractDocument({ apiVersion: 'extensions/v1beta1', kind: 'DaemonSet', spec: { template: TEMPLATE } })[0].type).toBe('workload')
    expect(extractDocument({ kind: 'Job', spec: { template: TEMPLATE } })[0].type).toBe('workload')
  })
})

describe('extractDocument: what is not evaluated', () => {
  it('skips a ReplicationController without a template, as upstream checks nothing then', () => {
    expect(extractDocument({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc' }, spec: {} })).toEqual([
      expect.objectContaining({ type: 'skipped', kind: 'ReplicationController', name: 'rc', reason: expect.stringContaining('no spec.template') }),
    ])
  })

  it('evaluates an empty template for other workloads without one, and flags it', () => {
    const found = workload(extractDocument({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 1 } }))
    expect(found).toMatchObject({ missingTemplate: true, template: { metadata: {}, spec: {} } })
  })

  it('skips other kinds and custom resources with a reason', () => {
    expect(extractDocument({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } })[0]).toMatchObject({
      type: 'skipped',
      kind: 'Service',
      reason: expect.stringMatching(/no pod template/),
    })
    expect(extractDocument({ apiVersion: 'example.com/v1', kind: 'Deployment', spec: {} })[0]).toMatchObject({
      type: 'skipped',
      reason: expect.stringMatching(/custom resources/),
    })
  })

  it('treats a document that is not a mapping, or has no kind, as an input error', () => {
    expect(extractDocument(['a'])[0]).toMatchObject({ type: 'invalid', path: [], message: expect.stringMatching(/found a sequence/) })
    expect(extractDocument('text')[0]).toMatchObject({ type: 'invalid', message: expect.stringMatching(/found a string/) })
    expect(extractDocument({ apiVersion: 'v1', metadata: { name: 'x' } })[0]).toMatchObject({
      type: 'invalid',
      name: 'x',
      message: expect.stringMatching(/no kind/),
    })
    expect(extractDocument({ kind: 7 })[0]).toMatchObject({ type: 'invalid', path: ['kind'] })
  })

  it('treats a template that is not a mapping as an input error at that field', () => {
    expect(extractDocument({ kind: 'Deployment', spec: { template: 'oops' } })[0]).toMatchObject({
      type: 'invalid',
      path: ['spec', 'template'],
      message: expect.stringMatching(/^spec.template must be a mapping, found a string/),
    })
    expect(extractDocument({ kind: 'Pod', spec: [1] })[0]).toMatchObject({ type: 'invalid', path: ['spec'] })
    expect(extractDocument({ kind: 'Job', spec: { template: { metadata: 3 } } })[0]).toMatchObject({ type: 'invalid', path: ['spec', 'template', 'metadata'] })
  })

  it('never reads inherited properties', () => {
    const object = JSON.parse('{"kind": "Deployment", "spec": {"__proto__": {"template": {"spec": {"hostPID": true}}}}}')
    expect(workload(extractDocument(object))).toMatchObject({ missingTemplate: true })
  })
})

describe('extractDocument: lists', () => {
  it('flattens a List with each item’s index', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: {} },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } },
        'junk',
        { metadata: { name: 'kindless' } },
        { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: TEMPLATE } } } },
      ],
    }
    expect(extractDocument(list).map((e) => [e.type, e.item, e.objectPath, e.kind, e.name])).toEqual([
      ['workload', 0, ['items', 0], 'Pod', 'p'],
      ['skipped', 1, ['items', 1], 'Service', 's'],
      ['invalid', 2, ['items', 2], null, null],
      ['invalid', 3, ['items', 3], null, 'kindless'],
      ['workload', 4, ['items', 4], 'CronJob', 'c'],
    ])
  })

  it('flattens a typed list whose items leave out kind and apiVersion, as the API returns them', () => {
    const podList = {
      apiVersion: 'v1',
      kind: 'PodList',
      items: [
        { metadata: { name: 'a' }, spec: { hostIPC: true } },
        { metadata: { name: 'b' }, spec: {} },
      ],
    }
    expect(extractDocument(podList).map((e) => [e.type, e.kind, e.apiVersion, e.name, e.item])).toEqual([
      ['workload', 'Pod', 'v1', 'a', 0],
      ['workload', 'Pod', 'v1', 'b', 1],
    ])
  })

  it('reads an empty List as nothing, and a List whose items are not a sequence as an error', () => {
    expect(extractDocument({ kind: 'List', items: [] })).toEqual([])
    expect(extractDocument({ kind: 'List' })).toEqual([])
    expect(extractDocument({ kind: 'List', items: {} })[0]).toMatchObject({ type: 'invalid', path: ['items'] })
  })

  it('does not take a custom kind ending in List for a list unless it has items', () => {
    expect(extractDocument({ apiVersion: 'example.com/v1', kind: 'AllowList', spec: {} })[0]).toMatchObject({ type: 'skipped', kind: 'AllowList' })
  })

  it('skips a list nested in a list', () => {
    expect(extractDocument({ kind: 'List', items: [{ kind: 'List', items: [] }] })[0]).toMatchObject({ type: 'skipped', item: 0 })
  })
})
