import { describe, expect, it } from 'vitest'
import type { Report } from '@secctx/engine'
import { runCli } from '../test/testIo'

const RESTRICTED = `apiVersion: v1
kind: Pod
metadata: {name: good}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`
const BASELINE = 'apiVersion: v1\nkind: Pod\nmetadata: {name: plain}\nspec:\n  containers: [{name: app, image: nginx}]\n'
const PRIVILEGED = `apiVersion: apps/v1
kind: Deployment
metadata: {name: root}
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        securityContext:
          privileged: true
`
const BROKEN = `${BASELINE}---\nkind: Pod\nmetadata: {name: [x\n---\n${RESTRICTED}`
const files = { 'good.yaml': RESTRICTED, 'plain.yaml': BASELINE, 'root.yaml': PRIVILEGED, 'broken.yaml': BROKEN }

describe('secctx check: exit status', () => {
  it('is 0 when everything was read and no --level is asked', async () => {
    expect((await runCli(['check', 'good.yaml', 'root.yaml'], { files })).code).toBe(0)
  })

  it('is 1 when an object is below --level, and 0 when all meet it', async () => {
    expect((await runCli(['check', '--level', 'baseline', 'good.yaml', 'root.yaml'], { files })).code).toBe(1)
    expect((await runCli(['check', '--level', 'restricted', 'plain.yaml'], { files })).code).toBe(1)
    expect((await runCli(['check', '--level', 'baseline', 'good.yaml', 'plain.yaml'], { files })).code).toBe(0)
    expect((await runCli(['check', '--level=privileged', 'root.yaml'], { files })).code).toBe(0)
  })

  it('is 2 on a syntax error, and still shows the other documents', async () => {
    const result = await runCli(['check', '--level', 'baseline', 'broken.yaml', 'root.yaml'], { files })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Pod/plain')
    expect(result.stdout).toContain('Pod/good')
    expect(result.stdout).toContain('Deployment/root')
    expect(result.stderr).toMatch(/^broken\.yaml:8:20 \(document 1\): error: YAML syntax error: /)
  })

  it('is 2 for an unreadable file, and the other files are still checked', async () => {
    const result = await runCli(['check', 'missing.yaml', 'good.yaml'], { files })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('missing.yaml:1:1: error: cannot read missing.yaml: no such file\n')
    expect(result.stdout).toContain('Pod/good')
  })

  it.each([
    [['check', '--version', 'v1.05', 'good.yaml'], /--version: invalid version "v1.05": expected "latest" or "v1.<minor>"/],
    [['check', '--version'], /--version needs a value: latest or v1.<minor>/],
    [['check', '--level', 'strict'], /invalid --level "strict": expected privileged, baseline or restricted/],
    [['check', '--format', 'yaml'], /invalid --format "yaml": expected text, json or sarif/],
    [
      ['check', '--frobnicate'],
      /unknown option --frobnicate \(accepted: --version latest\|v1.N, --versions all\|v1.A..v1.B, --level baseline\|restricted\|privileged, --format text\|json\|sarif, --help\)/,
    ],
  ])('is 2 with one line on stderr for a bad option: %j', async (argv, message) => {
    const result = await runCli(argv, { files })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('secctx check --format json', () => {
  it('prints exactly one Report object, files named as given', async () => {
    const result = await runCli(['check', '--format', 'json', '--version', 'v1.30', 'good.yaml', 'root.yaml', 'broken.yaml'], { files })
    const report = JSON.parse(result.stdout) as Report
    expect(Object.keys(report)).toEqual(['policyVersion', 'requestedVersion', 'objects', 'skipped', 'errors'])
    expect(report).toMatchObject({ policyVersion: 'v1.30', requestedVersion: 'v1.30' })
    expect(report.objects.map((o) => [o.file, o.name, o.highestLevel])).toEqual([
      ['good.yaml', 'good', 'restricted'],
      ['root.yaml', 'root', 'privileged'],
      ['broken.yaml', 'plain', 'baseline'],
      ['broken.yaml', 'good', 'restricted'],
    ])
    expect(report.objects[1].levels.baseline.message).toMatch(/^Warning: would violate PodSecurity "baseline:v1.30": privileged/)
    expect(report.errors).toEqual([expect.objectContaining({ file: 'broken.yaml', document: 1, line: 8 })])
    expect(result.code).toBe(2)
  })

  it('names standard input "-", whether implied or given', async () => {
    for (const argv of [
      ['check', '--format', 'json'],
      ['check', '--format', 'json', '-'],
    ]) {
      const report = JSON.parse((await runCli(argv, { stdin: BASELINE })).stdout) as Report
      expect(report.objects.map((o) => o.file)).toEqual(['-'])
    }
  })

  it('never colours JSON', async () => {
    expect((await runCli(['check', '--format', 'json', 'root.yaml'], { files, isTTY: true })).stdout).not.toContain('\x1b[')
  })
})

describe('secctx check: text output', () => {
  it('shows the verdict, the failing checks with the fields to fix, and the effective context', async () => {
    const { stdout } = await runCli(['check', '--level', 'baseline', 'root.yaml'], { files })
    expect(stdout).toContain('Deployment/root  root.yaml:1:1 (document 0)')
    expect(stdout).toMatch(/verdict\s+privileged\s+pod spec at spec\.template\.spec/)
    expect(stdout).toMatch(/baseline\s+denied\n\s+✗ privileged \(container "app" must not set securityContext\.privileged=true\) \[privileged\]/)
    expect(stdout).toContain('fix spec.template.spec.containers[0].securityContext.privileged 11:11')
    expect(stdout).toMatch(
      /fix spec\.template\.spec\.containers\[0\]\.securityContext\.allowPrivilegeEscalation\s+not written; add it under spec\.template\.spec\.containers\[0\]\.securityContext 10:9/,
    )
    expect(stdout).toMatch(/container app\s+privileged=true/)
    expect(stdout).toMatch(/summary\s+1 object \(0 restricted, 0 baseline, 1 privileged\) · 1 not allowed at baseline/)
  })

  it('lists skipped objects with their reason', async () => {
    const { stdout, code } = await runCli(['check', '-'], { stdin: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n' })
    expect(stdout).toContain('Service/web  <stdin>:1:1 (document 0)  skipped: Service carries no pod template')
    expect(code).toBe(0)
  })

  it('colours only on a terminal without NO_COLOR', async () => {
    expect((await runCli(['check', 'root.yaml'], { files, isTTY: true })).stdout).toContain('\x1b[31m')
    expect((await runCli(['check', 'root.yaml'], { files, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[')
    expect((await runCli(['check', 'root.yaml'], { files, isTTY: false })).stdout).not.toContain('\x1b[')
  })
})

describe('secctx: commands and help', () => {
  it('prints help with exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toMatch(/^Usage: secctx <command>[\s\S]*check\s+evaluate manifests/)
    }
    for (const argv of [
      ['check', '--help'],
      ['help', 'check'],
    ]) {
      const result = await runCli(argv)
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: secctx check \[--version latest\|v1.N\]/)
      expect(result.stdout).toContain('Exit status:')
    }
  })

  it('exits 2 without a command, or with an unknown one', async () => {
    expect(await runCli([])).toMatchObject({ code: 2, stdout: '' })
    const unknown = await runCli(['lint'])
    expect(unknown).toMatchObject({ code: 2, stderr: 'secctx: unknown command "lint" (commands: check, plan, fix, link; see secctx --help)\n' })
  })

  it('refuses to wait for typed input when nothing is piped in', async () => {
    const result = await runCli(['check'], { stdinIsTTY: true })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no input: name FILEs or pipe a manifest/)
  })
})
