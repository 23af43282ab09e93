import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../test/testIo'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web # the front end
spec:
  containers:
  - name: web
    image: nginx
`

const FIXED = `apiVersion: v1
kind: Pod
metadata:
  name: web # the front end
spec:
  containers:
  - name: web
    image: nginx
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop: [ALL]
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`

const WINDOWS_HOST_PROCESS = `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  os: {name: windows}
  hostNetwork: true
  securityContext:
    windowsOptions: {hostProcess: true}
    seccompProfile: {type: Unconfined}
  containers:
  - name: a
    image: mcr.microsoft.com/windows/nanoserver
`

describe('secctx fix', () => {
  it('prints the fixed text of one file, exit 0, and check then allows it', async () => {
    const run = await runCli(['fix', 'pod.yaml'], { files: { 'pod.yaml': POD } })
    expect(run).toMatchObject({ code: 0, stdout: FIXED, stderr: '' })
    expect((await runCli(['check', '--level', 'restricted', '-'], { stdin: run.stdout })).code).toBe(0)
  })

  it('--level baseline leaves a pod that meets baseline as it is', async () => {
    expect(await runCli(['fix', '--level', 'baseline', 'pod.yaml'], { files: { 'pod.yaml': POD } })).toMatchObject({ code: 0, stdout: POD })
  })

  it('--diff prints a unified diff with the file names', async () => {
    const run = await runCli(['fix', '--diff', 'pod.yaml'], { files: { 'pod.yaml': POD } })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        '--- a/pod.yaml',
        '+++ b/pod.yaml',
        '@@ -6,3 +6,11 @@',
        '   containers:',
        '   - name: web',
        '     image: nginx',
        '+    securityContext:',
        '+      allowPrivilegeEscalation: false',
        '+      capabilities:',
        '+        drop: [ALL]',
        '+  securityContext:',
        '+    runAsNonRoot: true',
        '+    seccompProfile:',
        '+      type: RuntimeDefault',
        '',
      ].join('\n'),
    )
  })

  it('--write rewrites each file in place; --out-dir writes under the base name and refuses two inputs with one', async () => {
    const files = { 'a/pod.yaml': POD, 'b/pod.yaml': POD, 'b/other.yaml': POD }
    const write = await runCli(['fix', '--write', 'a/pod.yaml', 'b/other.yaml'], { files })
    expect(write).toMatchObject({ code: 0, stdout: '', written: { 'a/pod.yaml': FIXED, 'b/other.yaml': FIXED } })
    const out = await runCli(['fix', '--out-dir', 'fixed', 'a/pod.yaml', 'b/other.yaml'], { files })
    expect(out.written).toEqual({ 'fixed/pod.yaml': FIXED, 'fixed/other.yaml': FIXED })
    const clash = await runCli(['fix', '--out-dir', 'fixed', 'a/pod.yaml', 'b/pod.yaml'], { files })
    expect(clash).toMatchObject({ code: 2, written: {} })
    expect(clash.stderr).toContain('a/pod.yaml and b/pod.yaml would both be written to fixed/pod.yaml')
  })

  it('--format json lists per object the fixes with check, path, label and description', async () => {
    const run = await runCli(['fix', '--format', 'json', 'pod.yaml'], { files: { 'pod.yaml': POD } })
    const report = JSON.parse(run.stdout)
    expect(report.files[0].objects[0].allowed).toBe(true)
    expect(report.files[0].objects[0].fixes[0]).toEqual({
      check: 'allowPrivilegeEscalation',
      path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
      label: 'safe',
      description: 'Sets allowPrivilegeEscalation: false for container "web"; only setuid binaries such as sudo stop gaining privileges.',
    })
  })

  it('exits 2 on an input error and writes nothing for that file, 2 on bad options', async () => {
    const broken = await runCli(['fix', '--write', 'bad.yaml', 'pod.yaml'], { files: { 'bad.yaml': 'kind: Pod\nspec: [', 'pod.yaml': POD } })
    expect(broken.code).toBe(2)
    expect(broken.written).toEqual({ 'pod.yaml': FIXED })
    expect(broken.stderr).toMatch(/^bad\.yaml:2:8 \(document 0\): error: YAML syntax error/)
    expect((await runCli(['fix', '--level', 'privileged', 'pod.yaml'])).stderr).toContain('expected baseline or restricted')
    expect((await runCli(['fix', 'a.yaml', 'b.yaml'])).code).toBe(2)
    expect((await runCli(['fix', '--write', '-'])).code).toBe(2)
    expect((await runCli(['fix', 'missing.yaml'])).stderr).toContain('cannot read missing.yaml')
  })

  it('exits 1 and says why when a check cannot be fixed', async () => {
    // seccomp fields on a Windows pod are an API error before v1.25's exemption; hostProcess needs hostNetwork until it goes.
    const run = await runCli(['fix', '--version', 'v1.24', 'win.yaml'], { files: { 'win.yaml': WINDOWS_HOST_PROCESS } })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^win\.yaml: Pod "win": \S+ not fixed: /m)
  })
})

const fixturesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/conformance/psa-fixtures')

describe.skipIf(!existsSync(fixturesRoot))('secctx fix, then secctx check, on the upstream fail fixtures of the newest version', () => {
  for (const level of ['baseline', 'restricted'] as const) {
    it(`${level}: every fail fixture is allowed after the fix`, async () => {
      const folder = path.join(fixturesRoot, level, 'v1.37', 'fail')
      const denied: string[] = []
      for (const name of readdirSync(folder)) {
        const files = { [name]: readFileSync(path.join(folder, name), 'utf8') }
        const fixed = await runCli(['fix', '--level', level, '--version', 'v1.37', name], { files })
        const checked = await runCli(['check', '--level', level, '--version', 'v1.37', '-'], { stdin: fixed.stdout })
        if (fixed.code !== 0 || checked.code !== 0) denied.push(`${name}: fix ${fixed.code} ${fixed.stderr} check ${checked.code}`)
      }
      expect(denied).toEqual([])
    })
  }
})
