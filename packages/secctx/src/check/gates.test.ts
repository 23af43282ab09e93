import { describe, expect, it } from 'vitest'
import type { Report } from '@secctx/engine'
import { runCli } from '../../test/testIo'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      securityContext: {runAsNonRoot: true}
      initContainers:
      - {name: init, image: busybox, securityContext: {runAsUser: 0}}
      containers:
      - {name: app, image: nginx, securityContext: {privileged: true, allowPrivilegeEscalation: false}}
`
const files = { 'web.yaml': DEPLOYMENT }

describe('secctx check: the three gates', () => {
  it('prints one line per gate, then each kubelet finding', async () => {
    const { stdout } = await runCli(['check', 'web.yaml'], { files })
    const lines = stdout.split('\n')
    expect(lines.find((line) => line.startsWith('  api server'))).toBe('  api server  rejected (1 error under problems)')
    expect(lines.find((line) => line.startsWith('  admission'))).toMatch(
      /^ {2}admission {3}denied at restricted \(the Deployment is created with a warning, .*FailedCreate/,
    )
    expect(lines.find((line) => line.startsWith('  kubelet'))).toBe('  kubelet     refused')
    expect(stdout).toContain('✗ container init refused: spec.template.spec.initContainers[0].securityContext.runAsUser 11:56')
    expect(stdout).toContain('? container app depends on the image: spec.template.spec.securityContext.runAsNonRoot 9:25')
  })

  it('adds gates to the JSON, with admission at --level, and leaves the exit status to the level alone', async () => {
    const result = await runCli(['check', '--format', 'json', '--level', 'privileged', 'web.yaml'], { files })
    expect(result.code).toBe(0)
    const { gates } = (JSON.parse(result.stdout) as Report).objects[0]
    expect(gates.api).toEqual({ accepted: false })
    expect(gates.admission).toEqual({ level: 'privileged', allowed: true, workload: true })
    expect(gates.kubelet.status).toBe('refused')
    expect(gates.kubelet.findings.map((finding) => [finding.container, finding.status, finding.dependsOn ?? null])).toEqual([
      ['init', 'refused', null],
      ['app', 'depends', 'image'],
    ])
  })

  it('defaults the admission level to restricted', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', 'web.yaml'], { files })
    expect((JSON.parse(stdout) as Report).objects[0].gates.admission.level).toBe('restricted')
  })
})
