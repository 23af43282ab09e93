/** 1,000 varied manifests, generated deterministically: every workload kind, 1–4 containers, compliant and non-compliant settings, YAML and JSON. */
import { dump } from 'js-yaml'
import { seededRandom, type Random } from './random'

/** One benchmark input: its text and what it is. */
export interface Manifest {
  id: string
  kind: string
  apiVersion: string
  name: string
  format: 'yaml' | 'json'
  /** Which policy level the settings were drawn for; the engine decides the real verdict. */
  intent: 'restricted' | 'baseline' | 'privileged'
  object: Record<string, unknown>
  text: string
}

const KINDS = { Pod: 25, Deployment: 25, StatefulSet: 10, DaemonSet: 10, Job: 10, CronJob: 10, ReplicaSet: 5, ReplicationController: 3, PodTemplate: 2 }
const API_VERSIONS: Record<string, string> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
}
const IMAGES = ['nginx:1.27', 'busybox:1.36', 'redis:7', 'ghcr.io/example/api:2.3.1', 'postgres:16', 'envoyproxy/envoy:v1.31']

type Intent = Manifest['intent']

function containerSecurity(random: Random, intent: Intent): Record<string, unknown> | undefined {
  if (intent === 'restricted') {
    return {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'], ...(random.chance(0.2) ? { add: ['NET_BIND_SERVICE'] } : {}) },
      readOnlyRootFilesystem: random.chance(0.5),
    }
  }
  if (intent === 'baseline')
    return random.chance(0.4) ? undefined : { runAsUser: random.int(1000, 65000), capabilities: random.chance(0.3) ? { add: ['CHOWN'] } : undefined }
  return random.pick<Record<string, unknown>>([
    { privileged: true },
    { capabilities: { add: ['SYS_ADMIN', 'NET_ADMIN'] } },
    { allowPrivilegeEscalation: true, runAsUser: 0 },
    { seccompProfile: { type: 'Unconfined' } },
    { procMount: 'Unmasked' },
    { windowsOptions: { hostProcess: true } },
  ])
}

function container(random: Random, intent: Intent, name: string): Record<string, unknown> {
  const out: Record<string, unknown> = { name, image: random.pick(IMAGES) }
  if (random.chance(0.5))
    out.ports = [{ containerPort: random.pick([80, 443, 8080, 9090]), ...(intent === 'privileged' && random.chance(0.3) ? { hostPort: 8080 } : {}) }]
  if (random.chance(0.3)) out.env = [{ name: 'MODE', value: random.pick(['prod', 'dev']) }]
  if (random.chance(0.4)) out.resources = { limits: { cpu: '500m', memory: '256Mi' } }
  const securityContext = containerSecurity(random, intent)
  if (securityContext) out.securityContext = securityContext
  return out
}

function podSpec(random: Random, intent: Intent, isPod: boolean): Record<string, unknown> {
  const containers = Array.from({ length: random.int(1, 4) }, (_, i) => container(random, intent, `c${i}`))
  const spec: Record<string, unknown> = { containers }
  if (random.chance(0.3)) spec.initContainers = Array.from({ length: random.int(1, 2) }, (_, i) => container(random, intent, `init${i}`))
  if (isPod && random.chance(0.05)) spec.ephemeralContainers = [container(random, intent, 'debug')]
  if (intent === 'restricted')
    spec.securityContext = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, ...(random.chance(0.5) ? { runAsUser: 1000, fsGroup: 2000 } : {}) }
  if (intent === 'privileged' && random.chance(0.4)) Object.assign(spec, random.pick([{ hostNetwork: true }, { hostPID: true }, { hostIPC: true }]))
  const volumes: Record<string, unknown>[] = []
  if (random.chance(0.4)) volumes.push({ name: 'data', emptyDir: {} })
  if (random.chance(0.2)) volumes.push({ name: 'config', configMap: { name: 'app-config' } })
  if (intent === 'privileged' && random.chance(0.3)) volumes.push({ name: 'host', hostPath: { path: '/var/run/docker.sock' } })
  if (volumes.length > 0) spec.volumes = volumes
  if (random.chance(0.05)) spec.os = { name: 'windows' }
  return spec
}

function template(random: Random, intent: Intent, isPod: boolean, name: string): Record<string, unknown> {
  const annotations = intent === 'privileged' && random.chance(0.2) ? { 'container.apparmor.security.beta.kubernetes.io/c0': 'unconfined' } : undefined
  return { metadata: { labels: { app: name }, ...(annotations ? { annotations } : {}) }, spec: podSpec(random, intent, isPod) }
}

function workload(random: Random, kind: string, intent: Intent, name: string): Record<string, unknown> {
  const apiVersion = API_VERSIONS[kind] ?? 'v1'
  const metadata = { name, namespace: random.pick(['default', 'prod', 'staging']), labels: { app: name } }
  const head = { apiVersion, kind, metadata }
  if (kind === 'Pod') return { ...head, ...template(random, intent, true, name) }
  if (kind === 'PodTemplate') return { ...head, template: template(random, intent, false, name) }
  const podTemplate = template(random, intent, false, name)
  if (kind === 'CronJob') return { ...head, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: podTemplate } } } }
  const selector = { matchLabels: { app: name } }
  if (kind === 'Job' || kind === 'ReplicationController') return { ...head, spec: { template: podTemplate } }
  return { ...head, spec: { replicas: random.int(1, 5), selector, template: podTemplate } }
}

/** The corpus: the same `count` manifests for the same seed. */
export function generateCorpus(count = 1000, seed = 20261126): Manifest[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const kind = random.weighted(KINDS)
    const intent = random.weighted({ restricted: 40, baseline: 30, privileged: 30 })
    const name = `app-${index}`
    const object = workload(random, kind, intent, name)
    const format = random.chance(0.2) ? 'json' : 'yaml'
    const text = format === 'json' ? `${JSON.stringify(object, null, 2)}\n` : dump(object)
    return { id: `m${index}`, kind, apiVersion: String(object.apiVersion), name, format, intent, object, text }
  })
}
