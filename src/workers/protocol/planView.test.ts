import { evaluate, planNamespaces, readAdmissionConfig } from '@secctx/engine'
import { describe, expect, it } from 'vitest'
import { compactPlan } from './planView'

const RESTRICTED = '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}'

// Two Pods named `twin` in one namespace, one privileged and one restricted: the engine's wouldDeny
// names both the same way, so only a position tells which one is denied.
const TEXT = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: baseline
---
apiVersion: v1
kind: Pod
metadata: {name: twin, namespace: shop}
spec:
  containers: [{name: app, image: nginx, securityContext: ${RESTRICTED}}]
---
apiVersion: v1
kind: Pod
metadata: {name: twin, namespace: shop}
spec:
  containers: [{name: app, image: nginx, securityContext: {privileged: true}}]
---
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: app, image: nginx}]}
- apiVersion: v1
  kind: Pod
  metadata: {name: gpu, namespace: ml}
  spec:
    runtimeClassName: nvidia
    containers: [{name: app, image: cuda, securityContext: {privileged: true}}]
`

const CONFIG = `apiVersion: pod-security.admission.config.k8s.io/v1
kind: PodSecurityConfiguration
exemptions: {namespaces: [default], runtimeClasses: [nvidia]}
`

function views(text: string, settings = readAdmissionConfig(CONFIG, null)) {
  const plan = planNamespaces([{ file: null, text }], { settings })
  const report = evaluate(text, { file: null })
  return { plan, report, view: compactPlan(plan, report) }
}

describe('compactPlan', () => {
  it('ties every planned object to the evaluated object read from the same place', () => {
    const { report, view } = views(TEXT)
    const objects = view.namespaces.flatMap((namespace) => namespace.objects)
    expect(objects).toHaveLength(report.objects.length)
    for (const object of objects) {
      const evaluated = report.objects[object.index]!
      expect([evaluated.kind, evaluated.name, evaluated.highestLevel]).toEqual([object.kind, object.name, object.highestLevel])
    }
    expect(new Set(objects.map((object) => object.index)).size).toBe(objects.length)
  })

  it('marks by position the objects the engine says an enforce label would deny, telling same-named objects apart', () => {
    const { plan, view } = views(TEXT)
    const shop = view.namespaces.find((namespace) => namespace.name === 'shop')!
    expect(shop.wouldDeny).toEqual({ baseline: [1], restricted: [1] })
    for (const [index, namespace] of view.namespaces.entries()) {
      for (const level of ['baseline', 'restricted'] as const) {
        const named = namespace.wouldDeny[level].map((position) => ({ kind: namespace.objects[position]!.kind, name: namespace.objects[position]!.name }))
        expect(named).toEqual(plan.namespaces[index]!.wouldDeny[level])
      }
    }
  })

  it('denies nothing in an exempt namespace or of an exempt runtime class, and keeps the current enforce verdict', () => {
    const { view } = views(TEXT)
    const byName = Object.fromEntries(view.namespaces.map((namespace) => [namespace.name, namespace]))
    expect(byName.default!.exempt).toBe(true)
    expect(byName.default!.wouldDeny).toEqual({ baseline: [], restricted: [] })
    expect(byName.ml!.objects[0]).toMatchObject({ name: 'gpu', exempt: true, highestLevel: 'privileged' })
    expect(byName.ml!.wouldDeny).toEqual({ baseline: [], restricted: [] })
    expect(byName.shop!.objects.map((object) => object.enforceAllowed)).toEqual([true, false])
  })
})
