import { describe, expect, it } from 'vitest'
import { evaluate } from './index'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsUser: 0
      initContainers:
      - name: init
        image: busybox
      containers:
      - name: app
        image: nginx
        securityContext:
          runAsNonRoot: true
          capabilities:
            add: [SYS_ADMIN]
`

describe('evaluate: locations', () => {
  const [object] = evaluate(DEPLOYMENT, { file: 'web.yaml' }).objects

  it('places the object and its containers', () => {
    expect(object.location).toEqual({ line: 1, column: 1, endLine: 19, endColumn: 29 })
    expect(object.containers.map((c) => [c.type, c.name, c.path, c.location?.line, c.location?.column])).toEqual([
      ['initContainer', 'init', 'spec.template.spec.initContainers[0]', 11, 9],
      ['container', 'app', 'spec.template.spec.containers[0]', 14, 9],
    ])
  })

  it('points a violation at the written field, exactly', () => {
    const capabilities = object.levels.baseline.violations.find((v) => v.check === 'capabilities_baseline')
    expect(capabilities?.locations).toEqual([
      { path: 'spec.template.spec.containers[0].securityContext.capabilities.add[0]', line: 19, column: 19, endLine: 19, endColumn: 28 },
    ])
    const runAsUser = object.levels.restricted.violations.find((v) => v.check === 'runAsUser')
    expect(runAsUser?.locations[0]).toEqual({ path: 'spec.template.spec.securityContext.runAsUser', line: 9, column: 9, endLine: 9, endColumn: 21 })
  })

  it('points a missing field at its nearest written ancestor and names the field', () => {
    const escalation = object.levels.restricted.violations.find((v) => v.check === 'allowPrivilegeEscalation')
    expect(escalation?.locations).toEqual([
      {
        path: 'spec.template.spec.initContainers[0]',
        field: 'spec.template.spec.initContainers[0].securityContext.allowPrivilegeEscalation',
        line: 11,
        column: 9,
        endLine: 12,
        endColumn: 23,
      },
      {
        path: 'spec.template.spec.containers[0].securityContext',
        field: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation',
        line: 16,
        column: 9,
        endLine: 19,
        endColumn: 29,
      },
    ])
  })

  it('places effective values where they are written', () => {
    const app = object.containers[1]
    expect(app.effective.runAsNonRoot).toMatchObject({
      value: true,
      source: 'container',
      location: { path: 'spec.template.spec.containers[0].securityContext.runAsNonRoot', line: 17 },
    })
    expect(app.effective.runAsUser).toMatchObject({ value: 0, source: 'pod', location: { path: 'spec.template.spec.securityContext.runAsUser', line: 9 } })
  })
})
