import { describe, expect, it } from 'vitest'
import { evaluate, type Level, type Report } from '@secctx/engine'
import { SarifLog, type SarifLogOptions } from './sarifLog'
import type { SarifNotification, SarifResult, SarifRule } from './sarifTypes'

interface ParsedLog {
  $schema: string
  version: string
  runs: {
    results: SarifResult[]
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[]
    originalUriBaseIds: Record<string, { uri: string }>
    columnKind: string
    properties: Record<string, unknown>
  }[]
}

const CWD = '/work/repo'

/** The SARIF log of `reports`, fed as the CLI feeds it, parsed. */
function logOf(reports: readonly Report[], options: Partial<SarifLogOptions> = {}): { text: string; log: ParsedLog } {
  const sarif = new SarifLog({ level: null, cwd: CWD, ...options })
  let text = sarif.begin()
  for (const report of reports) {
    for (const object of report.objects) text += sarif.object(object, report)
    for (const error of report.errors) text += sarif.inputError(error, report)
  }
  text += sarif.end()
  return { text, log: JSON.parse(text) as ParsedLog }
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            privileged: true
`

function evaluated(text: string, file = 'k8s/web.yaml', level?: Level): Report {
  return evaluate(text, { file, level })
}

describe('SARIF log', () => {
  it('is one run of secctx with every rule, the columns in UTF-16 units and %SRCROOT% the working directory', () => {
    const { log } = logOf([evaluated(deployment)])
    expect(log).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' })
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run.tool.driver).toMatchObject({
      name: 'secctx',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      informationUri: expect.stringMatching(/^https:/),
    })
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } })
    expect(run.properties).toMatchObject({ policyVersion: 'v1.37', requestedVersion: 'latest' })
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })

  it('writes each failing check once per object, at its first location, with kubectl’s words and the object', () => {
    const report = evaluated(deployment)
    const { log } = logOf([report])
    const results = log.runs[0].results
    const object = report.objects[0]
    const checks = results.filter((result) => !result.ruleId.includes('/')).map((result) => result.ruleId)
    // hostNamespaces and privileged fail at both levels but are written once; the restricted-only checks follow.
    expect(checks).toEqual(['hostNamespaces', 'privileged', 'allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted'])
    const host = results.find((result) => result.ruleId === 'hostNamespaces')
    const location = object.levels.baseline.violations.find((violation) => violation.check === 'hostNamespaces')?.locations[0]
    expect(host?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'k8s/web.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: location?.line, startColumn: location?.column, endLine: location?.endLine, endColumn: location?.endColumn },
        },
      },
    ])
    expect(host?.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 7, endLine: 9, endColumn: 24 })
    expect(host?.message.text).toBe('Deployment/web in namespace prod would violate PodSecurity "baseline:latest": host namespaces (hostNetwork=true).')
    expect(host?.properties).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      namespace: 'prod',
      policyVersion: 'v1.37',
      check: 'hostNamespaces',
      checkLevel: 'baseline',
    })
    const pod = logOf([evaluated('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n  containers: [{name: c, image: c}]\n')]).log
    // A Pod is denied, a workload only warned about, as kubectl says it.
    expect(pod.runs[0].results[0].message.text).toBe('Pod/p violates PodSecurity "baseline:latest": host namespaces (hostPID=true).')
  })

  it('makes a violation an error when it keeps the object out of the target level, a warning otherwise', () => {
    const levels = (level: Level | undefined) =>
      Object.fromEntries(
        logOf([evaluated(deployment, 'web.yaml', level)], { level: level ?? null })
          .log.runs[0].results.filter((result) => !result.ruleId.includes('/'))
          .map((result) => [result.ruleId, result.level]),
      )
    // Without --level the gates target restricted, so every failing check blocks.
    expect(levels(undefined)).toMatchObject({ hostNamespaces: 'error', runAsNonRoot: 'error' })
    expect(levels('baseline')).toMatchObject({ hostNamespaces: 'error', privileged: 'error', runAsNonRoot: 'warning', allowPrivilegeEscalation: 'warning' })
    expect(levels('privileged')).toMatchObject({ hostNamespaces: 'warning', runAsNonRoot: 'warning' })
  })

  it('keeps fingerprints when lines move, and tells apart objects and repeated identities', () => {
    const fingerprints = (text: string) =>
      logOf([evaluated(text)]).log.runs[0].results.map((result) => [
        result.ruleId,
        result.partialFingerprints.primaryLocationLineHash,
        result.locations[0].physicalLocation.region?.startLine,
      ])
    const before = fingerprints(deployment)
    const after = fingerprints(
      `# moved down by a comment\n\n${deployment.replace('      hostNetwork: true\n', '')}`.replace('    spec:\n', '    spec:\n      hostNetwork: true\n'),
    )
    expect(after.map(([rule, hash]) => [rule, hash])).toEqual(before.map(([rule, hash]) => [rule, hash]))
    expect(after.map(([, , line]) => line)).not.toEqual(before.map(([, , line]) => line))
    const other = fingerprints(deployment.replace('name: web', 'name: api'))
    expect(other.map(([, hash]) => hash).some((hash) => before.some(([, mine]) => mine === hash))).toBe(false)
    const twice = fingerprints(`${deployment}---\n${deployment}`)
    const hashes = twice.filter(([rule]) => rule === 'privileged').map(([, hash]) => String(hash))
    expect(hashes).toHaveLength(2)
    expect(hashes[0].split(':')[0]).toBe(hashes[1].split(':')[0])
    expect(hashes.map((hash) => hash.split(':')[1])).toEqual(['1', '2'])
  })

  it('writes API problems and kubelet findings under rules of their own', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
  containers:
    - name: c
      image: c
      securityContext:
        runAsUser: 0
        procMount: Bogus
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
`
    const results = logOf([evaluated(text)]).log.runs[0].results
    const byRule = (id: string) => results.find((result) => result.ruleId === id)
    expect(byRule('api/procMount')).toMatchObject({ level: 'error', properties: { code: 'procMount', container: 'c' } })
    expect(byRule('api/procMount')?.message.text).toMatch(
      /^Pod\/p is rejected by the API server: spec\.containers\[0\]\.securityContext\.procMount: Unsupported value/,
    )
    expect(byRule('kubelet/refused')).toMatchObject({ level: 'error', properties: { status: 'refused', container: 'c' } })
    expect(byRule('kubelet/refused')?.message.text).toMatch(/^Pod\/p: the kubelet refuses to start container "c": container's runAsUser breaks non-root policy/)
    expect(byRule('kubelet/depends-on-node')).toMatchObject({ level: 'note', properties: { dependsOn: 'node' } })
  })

  it('makes an error inside a file a result at its place, and an input that could not be read a notification', () => {
    const broken = evaluated('apiVersion: v1\nkind: Pod\nmetadata: {name: a\n', 'broken.yaml')
    const missing: Report = {
      ...evaluated('', 'missing.yaml'),
      errors: [
        { file: 'missing.yaml', document: null, item: null, message: 'cannot read missing.yaml: no such file', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    }
    const { log } = logOf([broken, missing])
    const [run] = log.runs
    expect(run.results).toHaveLength(1)
    expect(run.results[0]).toMatchObject({
      ruleId: 'input/unreadable',
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'broken.yaml' }, region: { startLine: broken.errors[0].line, startColumn: broken.errors[0].column } } },
      ],
    })
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'cannot read missing.yaml: no such file' },
            descriptor: { id: 'unreadable-input' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.yaml', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ])
  })

  it('names files outside the working directory by absolute URI, and standard input "-"', () => {
    const uris = (file: string) => logOf([evaluated(deployment, file)]).log.runs[0].results[0].locations[0].physicalLocation.artifactLocation
    expect(uris('/work/repo/k8s/a b.yaml')).toEqual({ uri: 'k8s/a%20b.yaml', uriBaseId: '%SRCROOT%' })
    expect(uris('../other/web.yaml')).toEqual({ uri: 'file:///work/other/web.yaml' })
    expect(uris('-')).toEqual({ uri: '-' })
  })

  it('leaves out results past the limit and says how many', () => {
    const { log } = logOf([evaluated(`${deployment}---\n${deployment}`)], { maxResults: 3 })
    expect(log.runs[0].results).toHaveLength(3)
    expect(log.runs[0].properties.resultsLeftOut).toBeGreaterThan(0)
    expect(log.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', descriptor: { id: 'results-limit' } }],
    })
  })

  it('is valid JSON with no results at all, and one result a line otherwise', () => {
    expect(logOf([evaluated('')]).log.runs[0].results).toEqual([])
    const { text, log } = logOf([evaluated(deployment)])
    const lines = text.split('\n').filter((line) => line.startsWith('        {"ruleId"'))
    expect(lines).toHaveLength(log.runs[0].results.length)
  })

  it('escapes a manifest text that SARIF would read as a link', () => {
    const text = deployment.replace('name: app', 'name: "[x](1)"')
    const messages = logOf([evaluated(text)]).log.runs[0].results.map((result) => result.message.text)
    expect(messages.some((message) => message.includes('\\[x\\](1)'))).toBe(true)
    expect(messages.some((message) => message.includes('[x](1)') && !message.includes('\\[x\\]'))).toBe(false)
  })
})
