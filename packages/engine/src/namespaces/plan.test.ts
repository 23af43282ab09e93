import { describe, expect, test } from 'vitest'
import { readAdmissionConfig } from './admissionConfig'
import { planNamespaces } from './plan'

const P = 'pod-security.kubernetes.io/'
const pod = (name: string, namespace: string | null, securityContext: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}}
spec:
  ${extra}containers:
  - {name: app, image: nginx, securityContext: ${securityContext}}
`
const RESTRICTED = '{runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}'
const BASELINE = '{}'
const PRIVILEGED = '{privileged: true}'

const DUMP = [
  `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    ${P}enforce: strict
    ${P}warn-version: v1.x
    team: web`,
  pod('cart', 'shop', RESTRICTED),
  pod('search', 'shop', BASELINE),
  pod('debug', 'ops', PRIVILEGED),
  pod('gpu', 'ops', PRIVILEGED, 'runtimeClassName: kata\n  '),
  pod('loose', null, RESTRICTED),
].join('\n---\n')

describe('planNamespaces', () => {
  test('groups objects by namespace, default for none, and plans each', () => {
    const plan = planNamespaces([{ file: 'dump.yaml', text: DUMP }])
    expect(plan.errors).toEqual([])
    expect(plan.namespaces.map((ns) => [ns.name, ns.declared, ns.highestLevel, ns.objects.map((o) => o.name)])).toEqual([
      ['default', false, 'restricted', ['loose']],
      ['ops', false, 'privileged', ['debug', 'gpu']],
      ['shop', true, 'baseline', ['cart', 'search']],
    ])
    const shop = plan.namespaces[2]
    expect(shop.labels).toEqual({ [`${P}enforce`]: 'strict', [`${P}warn-version`]: 'v1.x' })
    // strict → restricted (fails closed); warn-version v1.x → latest; an invalid enforce does not carry over to warn.
    expect(shop.policy).toEqual({
      enforce: { level: 'restricted', version: 'latest' },
      audit: { level: 'privileged', version: 'latest' },
      warn: { level: 'privileged', version: 'latest' },
    })
    expect(shop.problems.map((p) => [p.label, p.treatedAs, p.line, p.column])).toEqual([
      [`${P}enforce`, 'restricted', 6, 5],
      [`${P}warn-version`, 'latest', 7, 5],
    ])
    expect(shop.objects.map((o) => [o.name, o.enforce.allowed, o.warn.allowed])).toEqual([
      ['cart', true, true],
      ['search', false, true],
    ])
    expect(shop.wouldDeny).toEqual({ baseline: [], restricted: [{ kind: 'Pod', name: 'search' }] })
    expect(shop.recommended.labels).toEqual({
      [`${P}enforce`]: 'baseline',
      [`${P}enforce-version`]: 'v1.37',
      [`${P}audit`]: 'restricted',
      [`${P}audit-version`]: 'v1.37',
      [`${P}warn`]: 'restricted',
      [`${P}warn-version`]: 'v1.37',
    })
    expect(shop.recommended.command).toBe(
      `kubectl label --overwrite ns shop ${P}enforce=baseline ${P}enforce-version=v1.37 ${P}audit=restricted ${P}audit-version=v1.37 ${P}warn=restricted ${P}warn-version=v1.37`,
    )
    expect(shop.recommended.dryRun).toBe(shop.recommended.command.replace('label --overwrite', 'label --dry-run=server --overwrite'))
    // The invalid enforce label is read as restricted, which search already fails: baseline would loosen it, and the plan says so.
    expect(shop.recommended.loosens).toBe(
      'This loosens enforce from restricted to baseline: some pods fall short of restricted. To keep restricted, fix the pods it would deny instead.',
    )
    expect(plan.namespaces.filter((ns) => ns.recommended.loosens !== undefined).map((ns) => ns.name)).toEqual(['shop'])
  })

  test('--namespace names the namespace of objects that have none; --version pins and evaluates that version', () => {
    const plan = planNamespaces(
      [
        {
          file: null,
          text: pod(
            'root',
            null,
            '{runAsUser: 0, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}',
          ),
        },
      ],
      { namespace: 'team-a', version: 'v1.22' },
    )
    expect(plan.namespaces.map((ns) => [ns.name, ns.highestLevel, ns.recommended.labels[`${P}enforce-version`]])).toEqual([['team-a', 'restricted', 'v1.22']])
    expect(
      planNamespaces([
        {
          file: null,
          text: pod(
            'root',
            null,
            '{runAsUser: 0, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}',
          ),
        },
      ]).namespaces[0].highestLevel,
    ).toBe('baseline')
  })

  test('each mode is evaluated at its own labelled version', () => {
    const text = [
      `apiVersion: v1
kind: Namespace
metadata:
  name: pinned
  labels: {${P}enforce: restricted, ${P}enforce-version: v1.22, ${P}audit: restricted}`,
      pod(
        'root',
        'pinned',
        '{runAsUser: 0, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}',
      ),
    ].join('\n---\n')
    const [ns] = planNamespaces([{ file: null, text }]).namespaces
    // enforce v1.22 predates the runAsUser check; audit (latest) and warn (inherited, v1.22) see it differently.
    expect([ns.objects[0].enforce.allowed, ns.objects[0].audit.allowed, ns.objects[0].warn.allowed]).toEqual([true, false, true])
  })

  test('exemptions from an AdmissionConfiguration: namespaces and runtime classes; defaults for unlabelled modes', () => {
    const settings = readAdmissionConfig(
      `apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
- name: PodSecurity
  configuration:
    apiVersion: pod-security.admission.config.k8s.io/v1
    kind: PodSecurityConfiguration
    defaults: {enforce: baseline, enforce-version: v1.30, audit: restricted, warn: restricted}
    exemptions: {namespaces: [kube-system], runtimeClasses: [kata], usernames: ["system:serviceaccount:ci:deployer"]}
`,
      'admission.yaml',
    )
    expect(settings.errors).toEqual([])
    const plan = planNamespaces([{ file: null, text: DUMP + '\n---\n' + pod('proxy', 'kube-system', PRIVILEGED) }], { settings })
    expect(plan.exemptions.usernames).toEqual(['system:serviceaccount:ci:deployer'])
    const ops = plan.namespaces.find((ns) => ns.name === 'ops')!
    expect(ops.policy.enforce).toEqual({ level: 'baseline', version: 'v1.30' })
    expect(ops.objects.map((o) => [o.name, o.exempt, o.enforce.allowed])).toEqual([
      ['debug', false, false],
      ['gpu', true, true],
    ])
    expect(ops.wouldDeny.baseline).toEqual([{ kind: 'Pod', name: 'debug' }])
    const system = plan.namespaces.find((ns) => ns.name === 'kube-system')!
    expect([system.exempt, system.wouldDeny, system.highestLevel, system.objects[0].enforce.allowed]).toEqual([
      true,
      { baseline: [], restricted: [] },
      'privileged',
      true,
    ])
  })

  test('a bad admission configuration is an error with its position; a separate plugin file is named', () => {
    const bad = readAdmissionConfig(
      `apiVersion: pod-security.admission.config.k8s.io/v1
kind: PodSecurityConfiguration
defaults:
  enforce: strict
  audit-version: 1.30
exemptions: {namespaces: kube-system}
`,
      'psa.yaml',
    )
    expect(bad.errors.map((e) => [e.message, e.line, e.column])).toEqual([
      ['defaults.enforce: Invalid value: "strict": must be one of privileged, baseline, restricted', 4, 3],
      ['defaults.audit-version: Invalid value: 1.3: must be "latest" or "v1.x"', 5, 3],
      ['exemptions.namespaces must be a list of strings', 6, 14],
    ])
    const path = readAdmissionConfig(
      'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n- {name: PodSecurity, path: /etc/psa.yaml}\n',
      'a.yaml',
    )
    expect(path.errors[0].message).toContain('(/etc/psa.yaml): pass that file to --admission-config')
    expect(readAdmissionConfig('kind: Pod\n', 'p.yaml').errors[0].message).toMatch(/^expected kind PodSecurityConfiguration/)
  })

  test('input errors are reported with file, line and column, and the rest is still planned', () => {
    const plan = planNamespaces([
      { file: 'x.yaml', text: 'kind: [\n---\n' + pod('ok', 'a', RESTRICTED) },
      { file: 'y.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata: {}\n' },
    ])
    expect(plan.errors.map((e) => [e.file, e.line])).toEqual([
      ['x.yaml', 1],
      ['y.yaml', 1],
    ])
    expect(plan.errors[1].message).toBe('a Namespace without metadata.name')
    expect(plan.namespaces.map((ns) => ns.name)).toEqual(['a'])
    expect(planNamespaces([], { version: 'v1.05' }).errors[0].message).toMatch(/^invalid version "v1.05"/)
  })
})
