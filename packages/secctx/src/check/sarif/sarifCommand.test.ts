import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/testIo'
import { BROKEN, EVERY_CHECK } from '../../../test/sarifStream'

const RESTRICTED = `apiVersion: v1
kind: Pod
metadata:
  name: good
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: app
      image: app:1
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
`

describe('secctx check --format sarif', () => {
  it('exits as the other formats do: 0, 1 below --level, 2 on an input error', async () => {
    const files = { 'good.yaml': RESTRICTED, 'bad.yaml': EVERY_CHECK, 'broken.yaml': BROKEN }
    const good = await runCli(['check', '--format', 'sarif', '--level', 'restricted', 'good.yaml'], { files })
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout).runs[0].results).toEqual([])
    expect(good.stderr).toBe('')
    const bad = await runCli(['check', '--format', 'sarif', '--level', 'baseline', 'good.yaml', 'bad.yaml'], { files })
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).runs[0].results.length).toBeGreaterThan(19)
    const broken = await runCli(['check', '--format', 'sarif', 'good.yaml', 'broken.yaml'], { files })
    expect(broken.code).toBe(2)
    // The error is a result in the log and a line on standard error, as with --format json.
    const inputResults = JSON.parse(broken.stdout).runs[0].results.filter((result: { ruleId: string }) => result.ruleId === 'input/unreadable')
    expect(
      inputResults.map(
        (result: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => result.locations[0].physicalLocation.region.startLine,
      ),
    ).toEqual([10])
    expect(broken.stderr).toMatch(/^broken\.yaml:10:\d+ \(document 1\): error: YAML/)
  })

  it('reads standard input as "-" and writes a log even for no input objects', async () => {
    const result = await runCli(['check', '--format', 'sarif'], { stdin: '' })
    expect(result.code).toBe(0)
    const log = JSON.parse(result.stdout)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(19)
    const piped = await runCli(['check', '--format', 'sarif', '-'], { stdin: EVERY_CHECK })
    expect(JSON.parse(piped.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: '-' })
  })
})
