import { describe, expect, it } from 'vitest'
import { evaluate, type Gates, type KubeletFinding } from '../index'
import { KUBELET_SAFE_SYSCTLS } from './safeSysctls'
import { worstStatus } from '.'

type Spec = Record<string, unknown>

/** The gates of a Pod with `spec`, evaluated through the public entry (JSON is YAML). */
function podGates(spec: Spec, options: { kind?: string; level?: 'privileged' | 'baseline' | 'restricted' } = {}): Gates {
  const kind = options.kind ?? 'Pod'
  const object =
    kind === 'Pod'
      ? { apiVersion: 'v1', kind, metadata: { name: 'p', namespace: 'team' }, spec }
      : {
          apiVersion: 'apps/v1',
          kind,
          metadata: { name: 'web' },
          spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec } },
        }
  const report = evaluate(JSON.stringify(object), { level: options.level })
  expect(report.errors).toEqual([])
  return report.objects[0].gates
}

const findings = (spec: Spec): KubeletFinding[] => podGates(spec).kubelet.findings
const brief = (spec: Spec) => findings(spec).map(({ container, status, dependsOn, path }) => ({ container, status, dependsOn, path }))
const app = (securityContext?: Spec, extra: Spec = {}) => ({
  name: 'app',
  image: 'registry.example/app:1',
  ...(securityContext ? { securityContext } : {}),
  ...extra,
})
const windows = { os: { name: 'windows' } }

describe('kubelet gate: runAsNonRoot on Linux (verifyRunAsNonRoot, security_context_others.go)', () => {
  it('starts a container without runAsNonRoot, whatever its user', () => {
    expect(podGates({ containers: [app({ runAsUser: 0 })] }).kubelet).toEqual({ status: 'starts', findings: [] })
  })

  it('refuses runAsNonRoot with runAsUser 0, with the kubelet’s error', () => {
    const [finding] = findings({ containers: [app({ runAsNonRoot: true, runAsUser: 0 })] })
    expect(finding).toMatchObject({
      container: 'app',
      status: 'refused',
      path: 'spec.containers[0].securityContext.runAsUser',
      message: 'container\'s runAsUser breaks non-root policy (pod: "p_team(<uid>)", container: app)',
    })
    expect(finding.dependsOn).toBeUndefined()
  })

  it('starts runAsNonRoot with a non-zero runAsUser', () => {
    expect(findings({ containers: [app({ runAsNonRoot: true, runAsUser: 1000 })] })).toEqual([])
  })

  it('leaves runAsNonRoot without runAsUser to the image, and says how to make it certain', () => {
    const [finding] = findings({ containers: [app({ runAsNonRoot: true })] })
    expect(finding).toMatchObject({ container: 'app', status: 'depends', dependsOn: 'image', path: 'spec.containers[0].securityContext.runAsNonRoot' })
    expect(finding.message).toContain('image has non-numeric user')
    expect(finding.message).toContain('Set runAsUser to a non-zero UID')
  })

  it('merges pod and container values field by field: pod runAsNonRoot with container runAsUser 0', () => {
    expect(brief({ securityContext: { runAsNonRoot: true }, containers: [app({ runAsUser: 0 })] })).toEqual([
      { container: 'app', status: 'refused', dependsOn: undefined, path: 'spec.containers[0].securityContext.runAsUser' },
    ])
  })

  it('merges the other way: container runAsNonRoot with pod runAsUser 0, blamed where runAsUser is written', () => {
    expect(brief({ securityContext: { runAsUser: 0 }, containers: [app({ runAsNonRoot: true })] })).toEqual([
      { container: 'app', status: 'refused', dependsOn: undefined, path: 'spec.securityContext.runAsUser' },
    ])
  })

  it('lets a container override both pod fields', () => {
    expect(findings({ securityContext: { runAsNonRoot: true, runAsUser: 0 }, containers: [app({ runAsUser: 1000 })] })).toEqual([])
    expect(findings({ securityContext: { runAsNonRoot: true, runAsUser: 0 }, containers: [app({ runAsNonRoot: false })] })).toEqual([])
  })

  it('checks init containers, in visiting order, and takes the worst status for the pod', () => {
    const spec = {
      securityContext: { runAsNonRoot: true },
      initContainers: [{ name: 'init', image: 'busybox', securityContext: { runAsUser: 0 } }],
      containers: [app()],
    }
    const { kubelet } = podGates(spec)
    expect(kubelet.status).toBe('refused')
    expect(kubelet.findings.map((f) => [f.container, f.status])).toEqual([
      ['init', 'refused'],
      ['app', 'depends'],
    ])
  })

  it('ignores runAsUserName on a Linux pod', () => {
    expect(findings({ containers: [app({ runAsNonRoot: true, runAsUser: 1, windowsOptions: { runAsUserName: 'ContainerAdministrator' } })] })).toEqual([])
  })
})

describe('kubelet gate: runAsNonRoot on Windows (security_context_windows.go)', () => {
  it('refuses runAsUserName ContainerAdministrator, ignoring case, with the kubelet’s error', () => {
    const [finding] = findings({
      ...windows,
      securityContext: { runAsNonRoot: true, windowsOptions: { runAsUserName: 'containeradministrator' } },
      containers: [app()],
    })
    expect(finding).toMatchObject({ container: 'app', status: 'refused', path: 'spec.securityContext.windowsOptions.runAsUserName' })
    expect(finding.message).toBe(
      'container\'s runAsUserName (containeradministrator) which will be regarded as root identity and will break non-root policy (pod: "p_team(<uid>)", container: app)',
    )
  })

  it('starts with another user name, and the container’s name overrides the pod’s', () => {
    expect(findings({ ...windows, securityContext: { runAsNonRoot: true, windowsOptions: { runAsUserName: 'ContainerUser' } }, containers: [app()] })).toEqual(
      [],
    )
    expect(
      brief({
        ...windows,
        securityContext: { runAsNonRoot: true, windowsOptions: { runAsUserName: 'ContainerUser' } },
        containers: [app({ windowsOptions: { runAsUserName: 'ContainerAdministrator' } })],
      }),
    ).toEqual([{ container: 'app', status: 'refused', dependsOn: undefined, path: 'spec.containers[0].securityContext.windowsOptions.runAsUserName' }])
    expect(
      findings({
        ...windows,
        securityContext: { runAsNonRoot: true, windowsOptions: { runAsUserName: 'ContainerAdministrator' } },
        containers: [app({ windowsOptions: { runAsUserName: 'ContainerUser' } })],
      }),
    ).toEqual([])
  })

  it('leaves runAsNonRoot without runAsUserName to the image, and ignores runAsUser 0', () => {
    // The Windows kubelet only logs that it does not support runAsUser (the API server rejects it with spec.os.name: windows).
    const [finding] = findings({ ...windows, containers: [app({ runAsNonRoot: true, runAsUser: 0 })] })
    expect(finding).toMatchObject({ status: 'depends', dependsOn: 'image' })
    expect(finding.message).toContain('runAsUserName: ContainerUser')
  })

  it('applies to a pod placed on Windows nodes by a node selector or required affinity, not by a guess', () => {
    const context = { runAsNonRoot: true, windowsOptions: { runAsUserName: 'ContainerAdministrator' } }
    expect(findings({ nodeSelector: { 'kubernetes.io/os': 'windows' }, securityContext: context, containers: [app()] })[0].status).toBe('refused')
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['windows'] }] }],
        },
      },
    }
    expect(findings({ affinity, securityContext: context, containers: [app()] })[0].status).toBe('refused')
    // A Windows-looking image alone is a guess: the Linux rule applies, and runAsNonRoot without runAsUser depends on the image.
    expect(brief({ securityContext: context, containers: [app(undefined, { image: 'mcr.microsoft.com/windows/servercore:ltsc2022' })] })).toEqual([
      { container: 'app', status: 'depends', dependsOn: 'image', path: 'spec.securityContext.runAsNonRoot' },
    ])
  })
})

describe('kubelet gate: what depends on the node', () => {
  it('a container’s Localhost seccomp or AppArmor profile', () => {
    const spec = {
      containers: [
        app({
          seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' },
          appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-app' },
        }),
      ],
    }
    const found = findings(spec)
    expect(found.map((f) => [f.container, f.status, f.dependsOn, f.path])).toEqual([
      ['app', 'depends', 'node', 'spec.containers[0].securityContext.seccompProfile'],
      ['app', 'depends', 'node', 'spec.containers[0].securityContext.appArmorProfile'],
    ])
    expect(found[0].message).toContain('"profiles/app.json"')
    expect(found[1].message).toContain('"k8s-app" must be loaded')
  })

  it('a pod-level Localhost profile once, as a pod finding, not once per container', () => {
    const spec = { securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } }, containers: [app(), { name: 'side', image: 'x' }] }
    expect(brief(spec)).toEqual([{ container: null, status: 'depends', dependsOn: 'node', path: 'spec.securityContext.seccompProfile' }])
  })

  it('an AppArmor profile from the deprecated annotation, at the annotation', () => {
    const object = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'localhost/k8s-app' } },
      spec: { containers: [app()] },
    }
    const [finding] = evaluate(JSON.stringify(object)).objects[0].gates.kubelet.findings
    expect(finding).toMatchObject({ container: 'app', dependsOn: 'node', path: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]' })
  })

  it('not RuntimeDefault or Unconfined profiles', () => {
    expect(findings({ securityContext: { seccompProfile: { type: 'RuntimeDefault' }, appArmorProfile: { type: 'Unconfined' } }, containers: [app()] })).toEqual(
      [],
    )
  })

  it('sysctls outside the kubelet’s safe set, and safe ones only on new enough kernels', () => {
    const sysctls = [
      { name: 'kernel.shm_rmid_forced', value: '1' },
      { name: 'net.core.somaxconn', value: '1024' },
      { name: 'net.ipv4.tcp_fin_timeout', value: '30' },
      // Pod Security v1.37 allows it; the kubelet does not count it as safe.
      { name: 'net.ipv4.tcp_slow_start_after_idle', value: '0' },
    ]
    const found = findings({ securityContext: { sysctls }, containers: [app()] })
    expect(found.map((f) => [f.container, f.dependsOn, f.path])).toEqual([
      [null, 'node', 'spec.securityContext.sysctls[1].name'],
      [null, 'node', 'spec.securityContext.sysctls[2].name'],
      [null, 'node', 'spec.securityContext.sysctls[3].name'],
    ])
    expect(found[0].message).toContain('--allowed-unsafe-sysctls')
    expect(found[1].message).toContain('Linux 4.6 or later')
  })

  it('uses the kubelet’s twelve safe names, which are not Pod Security’s list', () => {
    expect(KUBELET_SAFE_SYSCTLS.size).toBe(12)
    expect(KUBELET_SAFE_SYSCTLS.has('net.ipv4.tcp_notsent_lowat')).toBe(false)
  })

  it('nothing Linux-only for a Windows pod, whose kubelet ignores those fields', () => {
    const spec = {
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      securityContext: { sysctls: [{ name: 'net.core.somaxconn', value: '1' }], seccompProfile: { type: 'Localhost', localhostProfile: 'x' } },
      containers: [app()],
    }
    expect(findings(spec)).toEqual([])
  })
})

describe('kubelet gate: aggregation', () => {
  it('is the worst of its findings: refused > depends > starts', () => {
    expect(worstStatus([])).toBe('starts')
    expect(worstStatus(['depends', 'depends'])).toBe('depends')
    expect(worstStatus(['depends', 'refused', 'depends'])).toBe('refused')
    expect(
      podGates({ securityContext: { sysctls: [{ name: 'net.core.somaxconn', value: '1' }] }, containers: [app({ runAsNonRoot: true, runAsUser: 5 })] }).kubelet
        .status,
    ).toBe('depends')
  })
})

describe('API server and admission gates', () => {
  it('rejects an object with any error problem (privileged with allowPrivilegeEscalation false), not one with warnings only', () => {
    expect(podGates({ containers: [app({ privileged: true, allowPrivilegeEscalation: false })] }).api).toEqual({ accepted: false })
    expect(podGates({ containers: [app()] }).api).toEqual({ accepted: true })
  })

  it('admits at the requested level, restricted by default, and says whether a workload is admitted with a warning', () => {
    const spec = { containers: [app({ privileged: true })] }
    expect(podGates(spec).admission).toEqual({ level: 'restricted', allowed: false, workload: false })
    expect(podGates(spec, { level: 'privileged' }).admission).toEqual({ level: 'privileged', allowed: true, workload: false })
    expect(podGates({ containers: [app()] }, { kind: 'Deployment', level: 'baseline' }).admission).toEqual({ level: 'baseline', allowed: true, workload: true })
  })

  it('gives a workload’s findings paths from the workload’s root, with lines, and the controller’s pod name', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      securityContext: {runAsNonRoot: true}
      initContainers:
      - name: init
        image: busybox
        securityContext:
          runAsUser: 0
      containers:
      - {name: app, image: nginx}
`
    const { gates } = evaluate(text).objects[0]
    expect(gates.admission.workload).toBe(true)
    expect(gates.kubelet.findings[0]).toMatchObject({
      container: 'init',
      status: 'refused',
      path: 'spec.template.spec.initContainers[0].securityContext.runAsUser',
      line: 14,
      column: 11,
      message: 'container\'s runAsUser breaks non-root policy (pod: "web-<suffix>_<namespace>(<uid>)", container: init)',
    })
  })

  it('refuses an invalid level as an input error, never an exception', () => {
    const report = evaluate('kind: Pod', { level: 'strict' as 'restricted' })
    expect(report.objects).toEqual([])
    expect(report.errors[0].message).toContain('invalid level "strict"')
  })
})
