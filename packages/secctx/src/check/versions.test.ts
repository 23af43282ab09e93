import { describe, expect, it } from 'vitest'
import type { Report } from '@secctx/engine'
import { runCli } from '../../test/testIo'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  initContainers:
  - {name: init, image: busybox, securityContext: {runAsUser: 0, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}
  containers:
  - {name: app, image: nginx, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}
`
const files = { 'web.yaml': POD }

describe('secctx check --versions', () => {
  it('adds matrix and changes per object to the JSON, ranges ascending up to the newest version', async () => {
    const { stdout, code } = await runCli(['check', '--versions', 'all', '--format', 'json', 'web.yaml'], { files })
    expect(code).toBe(0)
    const [object] = (JSON.parse(stdout) as Report).objects
    expect(object.matrix).toEqual([
      { from: 'v1.0', to: 'v1.22', highestLevel: 'restricted', baseline: { allowed: true }, restricted: { allowed: true } },
      { from: 'v1.23', to: 'v1.37', highestLevel: 'baseline', baseline: { allowed: true }, restricted: { allowed: false } },
    ])
    expect(object.changes!.map(({ version, check, kind, note }) => ({ version, check, kind, note }))).toEqual([
      {
        version: 'v1.23',
        check: 'runAsUser',
        kind: 'added',
        note: 'restricted check added: nothing may set runAsUser=0 — now fails: runAsUser=0 (container "init" must not set runAsUser=0)',
      },
    ])
  })

  it('prints one compact line per object in text', async () => {
    const { stdout } = await runCli(['check', '--versions', 'v1.20..latest', 'web.yaml'], { files })
    expect(stdout.split('\n').filter((line) => line.startsWith('  versions'))).toEqual([
      '  versions    v1.20–v1.22 restricted · v1.23–v1.37 baseline  (v1.23 runAsUser added)',
    ])
  })

  it('leaves the output as it was without --versions', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', 'web.yaml'], { files })
    expect(stdout).not.toContain('"matrix"')
  })

  it('refuses a malformed range with exit 2 and the accepted forms', async () => {
    for (const bad of ['v1.30', 'v1.30..v1.2', 'latest..v1.30']) {
      const { stderr, code } = await runCli(['check', '--versions', bad, 'web.yaml'], { files })
      expect(code).toBe(2)
      expect(stderr).toMatch(/^secctx check: --versions: invalid version range/)
    }
    const { stderr } = await runCli(['check', '--versions'], { files: {} })
    expect(stderr).toContain('all or v1.<minor>..v1.<minor>')
  })
})
