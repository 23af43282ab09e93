import { describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { versionNotes } from './versionNotes'

/** The notes for the first object of `text` at `version`, from a report computed as the app computes it. */
function notesAt(text: string, version: string) {
  const object = evaluate(text, { version, versions: 'all' }).objects[0]
  const failing = new Set([...object.levels.baseline.violations, ...object.levels.restricted.violations].map((v) => v.check))
  const notes = versionNotes(object.changes ?? [], `v1.${version === 'latest' ? 37 : Number(version.slice(3))}`, failing)
  return {
    failing: Object.fromEntries([...notes.failing].map(([check, list]) => [check, list.map((n) => n.text)])),
    elsewhere: notes.elsewhere.map((n) => `${n.check}: ${n.text}`),
  }
}

const HARDENED = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext: {runAsNonRoot: true, runAsUser: 0, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`

describe('versionNotes', () => {
  it('a violation absent only because its check is newer says so, quoting the failure to come', () => {
    const at22 = notesAt(HARDENED, 'v1.22')
    expect(at22.elsewhere).toEqual(['runAsUser: not checked before v1.23 (from v1.23 it fails: runAsUser=0, container "app" must not set runAsUser=0)'])
    expect(at22.failing).toEqual({})
    // From v1.23 the same check fails, and its note says since when.
    expect(notesAt(HARDENED, 'v1.23').failing.runAsUser).toEqual(['checked from v1.23'])
    expect(notesAt(HARDENED, 'v1.23').elsewhere).toEqual([])
  })

  it('a check that arrived at v1.34 is "checked from v1.34" there and a note before', () => {
    const probe = HARDENED.replace('runAsUser: 0, ', '').replace(
      '    image: nginx\n',
      '    image: nginx\n    livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}\n',
    )
    expect(notesAt(probe, 'latest').failing).toEqual({ hostProbesAndHostLifecycle: ['checked from v1.34'] })
    expect(notesAt(probe, 'v1.33').elsewhere).toEqual([
      expect.stringMatching(/^hostProbesAndHostLifecycle: not checked before v1\.34 \(from v1\.34 it fails: /),
    ])
  })

  it('a user namespace: runAsUser fails with "relaxed from v1.35" before it, and is a relaxation note from it', () => {
    const userNamespace = HARDENED.replace('spec:\n', 'spec:\n  hostUsers: false\n')
    expect(notesAt(userNamespace, 'v1.34').failing.runAsUser).toEqual(['checked from v1.23', 'relaxed from v1.35'])
    const latest = notesAt(userNamespace, 'latest')
    expect(latest.failing.runAsUser).toBeUndefined()
    expect(latest.elsewhere).toContain('runAsUser: relaxed from v1.35 (before v1.35 it failed: runAsUser=0, container "app" must not set runAsUser=0)')
  })

  it('no changes, no notes', () => {
    expect(versionNotes([], 'v1.37', new Set(['privileged']))).toEqual({ failing: new Map(), elsewhere: [] })
  })
})
