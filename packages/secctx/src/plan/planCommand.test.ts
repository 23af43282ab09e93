import { describe, expect, it } from 'vitest'
import { namespaceDump } from '../../../../scripts/bench/namespaceDump'
import type { RolloutPlan } from '@secctx/engine'
import { runCli } from '../../test/testIo'

const P = 'pod-security.kubernetes.io/'
const SMALL = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {${P}enforce: strict, ${P}audit: baseline}
---
apiVersion: v1
kind: Pod
metadata: {name: search, namespace: shop}
spec:
  containers: [{name: app, image: nginx}]
---
apiVersion: v1
kind: Pod
metadata: {name: "evil\\e[2J"}
spec:
  containers: [{name: app, image: nginx, securityContext: {privileged: true}}]
`

describe('secctx plan', () => {
  it('prints a block per namespace with the policy, problems, what would be denied and the commands', async () => {
    const { stdout, stderr, code } = await runCli(['plan', 'dump.yaml'], { files: { 'dump.yaml': SMALL } })
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toContain(`namespace shop  labels enforce=strict, audit=baseline
  policy      enforce restricted:latest · audit baseline:latest · warn privileged:latest
  problem     dump.yaml:5:12  metadata.labels[${P}enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted (treated as restricted)
  objects     1 · 1 denied by the current enforce policy: Pod/search
  highest     baseline  every pod meets it at v1.37
  would deny  baseline: none · restricted: Pod/search
  recommend   kubectl label --overwrite ns shop ${P}enforce=baseline ${P}enforce-version=v1.37 ${P}audit=restricted ${P}audit-version=v1.37 ${P}warn=restricted ${P}warn-version=v1.37
  try first   kubectl label --dry-run=server --overwrite ns shop ${P}enforce=baseline`)
    // The unnamespaced pod goes to default; its name cannot drive the terminal.
    expect(stdout).toContain('namespace default  no Namespace object in the input')
    expect(stdout).toContain('Pod/evil\\x1b[2J')
    expect(stdout).not.toContain('\x1b')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('summary  2 namespaces · 2 objects  policy latest = v1.37')
  })

  it("--format json follows the issue's shape; --namespace and --version apply", async () => {
    const { stdout, code } = await runCli(['plan', '--format', 'json', '--namespace', 'web', '--version', 'v1.30', 'dump.yaml'], {
      files: { 'dump.yaml': SMALL },
    })
    expect(code).toBe(0)
    const plan = JSON.parse(stdout) as RolloutPlan
    expect(plan.namespaces.map(({ name, highestLevel, wouldDeny }) => ({ name, highestLevel, wouldDeny }))).toEqual([
      { name: 'shop', highestLevel: 'baseline', wouldDeny: { baseline: [], restricted: [{ kind: 'Pod', name: 'search' }] } },
      {
        name: 'web',
        highestLevel: 'privileged',
        wouldDeny: { baseline: [{ kind: 'Pod', name: 'evil\x1b[2J' }], restricted: [{ kind: 'Pod', name: 'evil\x1b[2J' }] },
      },
    ])
    expect(plan.namespaces[0].policy).toEqual({
      enforce: { level: 'restricted', version: 'latest' },
      audit: { level: 'baseline', version: 'latest' },
      warn: { level: 'privileged', version: 'latest' },
    })
    expect(plan.namespaces[1].recommended.labels[`${P}enforce-version`]).toBe('v1.30')
  })

  it('reads exemptions and defaults from --admission-config; a bad one is exit 2 with its position', async () => {
    const config = `apiVersion: pod-security.admission.config.k8s.io/v1
kind: PodSecurityConfiguration
defaults: {enforce: baseline}
exemptions: {namespaces: [default]}
`
    const files = { 'dump.yaml': SMALL, 'psa.yaml': config, 'bad.yaml': config.replace('baseline', 'strict') }
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', '--admission-config', 'psa.yaml', 'dump.yaml'], { files })).stdout) as RolloutPlan
    expect(plan.namespaces.map((ns) => [ns.name, ns.exempt, ns.policy.enforce.level])).toEqual([
      ['default', true, 'baseline'],
      ['shop', false, 'restricted'],
    ])
    const bad = await runCli(['plan', '--admission-config', 'bad.yaml', 'dump.yaml'], { files })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('bad.yaml:3:12 (document 0): error: defaults.enforce: Invalid value: "strict": must be one of privileged, baseline, restricted\n')
  })

  it('bad options and unreadable inputs are exit 2 with one line each', async () => {
    expect((await runCli(['plan', '--version', 'v1.05', 'x'], {})).stderr).toMatch(/^secctx plan: --version: invalid version "v1.05"/)
    expect((await runCli(['plan', '--namespace', 'Team_A', 'x'], {})).stderr).toMatch(/^secctx plan: invalid --namespace "Team_A"/)
    expect((await runCli(['plan', '--frobnicate'], {})).stderr).toMatch(/^secctx plan: unknown option --frobnicate \(accepted:/)
    const missing = await runCli(['plan', 'nope.yaml'], { files: {} })
    expect([missing.code, missing.stderr]).toEqual([2, 'secctx plan: cannot read nope.yaml: no such file\n'])
  })

  it('plans a generated dump of 2,000 pods and Deployments across 50 namespaces', async () => {
    const { stdout, code } = await runCli(['plan', '--format', 'json', 'dump.yaml'], { files: { 'dump.yaml': namespaceDump(50, 2000) } })
    expect(code).toBe(0)
    const plan = JSON.parse(stdout) as RolloutPlan
    expect(plan.namespaces).toHaveLength(50)
    expect(plan.namespaces.reduce((sum, ns) => sum + ns.objects.length, 0)).toBe(2000)
    const levels = new Set(plan.namespaces.map((ns) => ns.highestLevel))
    expect([...levels].sort()).toEqual(['baseline', 'privileged', 'restricted'])
    // Invalid labels of each kind are reported, and each resolves as upstream says.
    const problems = plan.namespaces.flatMap((ns) => ns.problems.map((p) => `${p.label.slice(P.length)}=${p.value}→${p.treatedAs}`))
    expect(new Set(problems)).toEqual(new Set(problems.filter((p) => /^(enforce=.*→restricted|(audit|warn)=.*→privileged|.*-version=.*→latest)$/.test(p))))
    for (const kind of ['enforce=', 'audit=', 'warn=', 'enforce-version=', 'warn-version='])
      expect(
        problems.some((p) => p.startsWith(kind)),
        kind,
      ).toBe(true)
    for (const ns of plan.namespaces) {
      // The recommendation enforces what every pod meets: nothing is denied at that level.
      if (ns.highestLevel !== 'privileged') expect(ns.wouldDeny[ns.highestLevel], ns.name).toEqual([])
      expect(ns.recommended.labels[`${P}enforce`]).toBe(ns.highestLevel)
    }
  })
})
