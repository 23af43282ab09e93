import { describe, expect, it } from 'vitest'
import { parseManifests } from './parseManifests'
import type { FieldPath } from '../types'

/** The text a range covers, to assert positions readably. */
function covered(text: string, path: FieldPath, document = 0) {
  const located = parseManifests(text).documents[document].locate(path)
  const lines = text.split('\n')
  const { line, column, endLine, endColumn } = located.range
  const slice =
    line === endLine
      ? lines[line - 1].slice(column - 1, endColumn - 1)
      : [lines[line - 1].slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join('\n')
  return { text: slice, path: located.path, exact: located.exact, range: located.range }
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: "web"
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: nginx
    securityContext:
      privileged: true
      capabilities:
        add: ["NET_ADMIN", 'SYS_TIME']
  - name: side
    command:
    - |
      echo hi
      sleep 1

`

describe('locate', () => {
  it('spans a mapping entry from its key to the end of its value', () => {
    expect(covered(POD, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toMatchObject({
      text: 'privileged: true',
      exact: true,
      range: { line: 11, column: 7, endLine: 11, endColumn: 23 },
    })
  })

  it('includes the quotes of a quoted value', () => {
    expect(covered(POD, ['metadata', 'name']).text).toBe('name: "web"')
    expect(covered(POD, ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1]).text).toBe("'SYS_TIME'")
  })

  it('spans a nested block mapping to its last value', () => {
    expect(covered(POD, ['spec', 'containers', 0, 'securityContext']).text).toBe(
      'securityContext:\n      privileged: true\n      capabilities:\n        add: ["NET_ADMIN", \'SYS_TIME\']',
    )
  })

  it('covers a sequence item, and a flow collection up to its closing bracket', () => {
    expect(covered(POD, ['spec', 'containers', 1]).range).toMatchObject({ line: 14, column: 5 })
    expect(covered(POD, ['spec', 'securityContext']).text).toBe('securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}')
    expect(covered(POD, ['spec', 'securityContext', 'seccompProfile', 'type']).text).toBe('type: RuntimeDefault')
  })

  it('does not let a block scalar spill onto the blank lines after it', () => {
    expect(covered(POD, ['spec', 'containers', 1, 'command', 0])).toMatchObject({ text: 'echo hi\n      sleep 1', range: { line: 17, endLine: 18 } })
  })

  it('falls back to the nearest existing ancestor and says which one', () => {
    const missing = covered(POD, ['spec', 'containers', 1, 'securityContext', 'runAsUser'])
    expect(missing).toMatchObject({ path: ['spec', 'containers', 1], exact: false, range: { line: 14, column: 5 } })
    expect(covered(POD, ['spec', 'containers', 7])).toMatchObject({ path: ['spec', 'containers'], exact: false })
    expect(covered(POD, ['spec', 'containers', 'x'])).toMatchObject({ path: ['spec', 'containers'], exact: false })
    expect(covered(POD, ['spec', 'hostNetwork'])).toMatchObject({ path: ['spec'], exact: false, range: { line: 5, column: 1 } })
  })

  it('covers the whole document for the empty path', () => {
    expect(covered(POD, [])).toMatchObject({ exact: true, range: { line: 1, column: 1, endLine: 18, endColumn: 14 } })
  })

  it('reports the key alone for an entry with an empty value', () => {
    expect(covered('spec:\n  securityContext:\n  hostPID: true\n', ['spec', 'securityContext']).text).toBe('securityContext')
  })

  it('locates fields in JSON exactly', () => {
    const json = '{\n  "kind": "Pod",\n  "spec": {\n    "hostPID": true,\n    "containers": [{"name": "a", "securityContext": {}}]\n  }\n}'
    expect(covered(json, ['spec', 'hostPID'])).toMatchObject({ text: '"hostPID": true', range: { line: 4, column: 5 } })
    expect(covered(json, ['spec', 'containers', 0, 'securityContext']).text).toBe('"securityContext": {}')
    expect(covered(json, ['spec', 'containers', 0, 'securityContext', 'privileged'])).toMatchObject({ exact: false, text: '"securityContext": {}' })
  })

  it('locates a path through an alias or a merge key where the value is written', () => {
    const text = 'defaults: &sc\n  privileged: true\nspec:\n  a: *sc\n  b:\n    <<: *sc\n    runAsUser: 1\n'
    expect(covered(text, ['spec', 'a'])).toMatchObject({ text: 'a: *sc', exact: true })
    expect(covered(text, ['spec', 'a', 'privileged'])).toMatchObject({ text: 'privileged: true', range: { line: 2 } })
    expect(covered(text, ['spec', 'b', 'privileged'])).toMatchObject({ text: 'privileged: true', range: { line: 2 } })
    expect(covered(text, ['spec', 'b', 'runAsUser'])).toMatchObject({ text: 'runAsUser: 1', range: { line: 7 } })
  })

  it('uses whole-file lines for later documents, also after a broken one', () => {
    const text = 'a: 1\n---\nb: [\n---\nkind: Pod\nspec:\n  hostIPC: true\n'
    const result = parseManifests(text)
    expect(result.documents[1].locate(['spec', 'hostIPC']).range).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 16 })
  })
})
