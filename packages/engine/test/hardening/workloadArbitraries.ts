/**
 * fast-check generators for realistic workloads: every field a Pod Security check reads, with
 * values the checks distinguish (allowed and forbidden), inside each built-in kind that carries a
 * pod template. Random trees rarely reach a check; these do, so mutations start from real input.
 */
import fc from 'fast-check'
import { mapOf, type Data, type DataMap } from './data'

// Names include the hostile and the non-ASCII, because names are printed in violation details.
const names = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('app', 'sidecar', 'init-db', 'proxy', 'c-1', 'web.v2') },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', '<script>alert(1)</script>', 'yes', 'null', '8080', '') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => /^[^\p{C}\p{Z}]*$/u.test(s)) },
)

/** Optional fields: each key present or not, as fc.record with no required keys. */
const some = <T extends Record<string, fc.Arbitrary<Data>>>(fields: T) => fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<DataMap>

/** Optional fields that are each present only now and then, so most pods stay close to compliant. */
const sparse = (fields: Record<string, fc.Arbitrary<Data>>, weight = 6) =>
  fc
    .tuple(
      ...Object.entries(fields).map(([key, value]) =>
        fc.oneof({ weight, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value.map((v) => [key, v] as const) }),
      ),
    )
    .map((entries) => mapOf(entries.filter((entry): entry is readonly [string, Data] => entry !== null)))

/** A base that passes the restricted checks, with a few random fields layered over it now and then. */
const mostlyCompliant = (base: DataMap, random: fc.Arbitrary<DataMap>) =>
  fc.oneof(
    { weight: 4, arbitrary: random.map((extra) => mapOf([...Object.entries(base), ...Object.entries(extra)])) },
    { weight: 1, arbitrary: random },
    { weight: 1, arbitrary: fc.constant(null) },
  )

const capabilities = fc.constantFrom(
  'ALL',
  'NET_BIND_SERVICE',
  'SYS_ADMIN',
  'CHOWN',
  'NET_RAW',
  'KILL',
  'AUDIT_WRITE',
  'SETUID',
  'SYS_PTRACE',
  'CAP_NET_RAW',
  'all',
)
const userId = fc.oneof(fc.constantFrom(0, 1000, 65534), fc.integer({ min: 0, max: 2_147_483_647 }))
const seccompProfile = some({
  type: fc.constantFrom('RuntimeDefault', 'Localhost', 'Unconfined', 'unknown'),
  localhostProfile: fc.constantFrom('profiles/audit.json', 'x'),
})
const appArmorProfile = some({
  type: fc.constantFrom('RuntimeDefault', 'Localhost', 'Unconfined'),
  localhostProfile: fc.constantFrom('k8s-apparmor-example-deny-write'),
})
const seLinuxOptions = some({
  type: fc.constantFrom('container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t', 'spc_t', 'unconfined_t', ''),
  user: fc.constantFrom('system_u', 'root'),
  role: fc.constantFrom('system_r', 'object_r'),
  level: fc.constantFrom('s0:c123,c456', 's0'),
})
const windowsOptions = some({
  hostProcess: fc.boolean(),
  runAsUserName: fc.constantFrom('ContainerUser', 'NT AUTHORITY\\SYSTEM'),
  gmsaCredentialSpecName: fc.constantFrom('gmsa'),
})

const containerSecurityContext = mostlyCompliant(
  mapOf([
    ['allowPrivilegeEscalation', false],
    ['capabilities', mapOf([['drop', ['ALL']]])],
  ]),
  sparse(
    {
      privileged: fc.boolean(),
      allowPrivilegeEscalation: fc.boolean(),
      runAsNonRoot: fc.boolean(),
      runAsUser: userId,
      runAsGroup: userId,
      readOnlyRootFilesystem: fc.boolean(),
      procMount: fc.constantFrom('Default', 'Unmasked'),
      capabilities: some({ add: fc.array(capabilities, { maxLength: 3 }), drop: fc.array(capabilities, { maxLength: 3 }) }),
      seccompProfile,
      appArmorProfile,
      seLinuxOptions,
      windowsOptions,
    },
    24,
  ),
)

const podSecurityContext = mostlyCompliant(
  mapOf([
    ['runAsNonRoot', true],
    ['seccompProfile', mapOf([['type', 'RuntimeDefault']])],
  ]),
  sparse(
    {
      runAsNonRoot: fc.boolean(),
      runAsUser: userId,
      runAsGroup: userId,
      fsGroup: userId,
      supplementalGroups: fc.array(userId, { maxLength: 2 }),
      seccompProfile,
      appArmorProfile,
      seLinuxOptions,
      windowsOptions,
      sysctls: fc.array(
        fc.record({
          name: fc.constantFrom('kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'kernel.msgmax', 'net.core.somaxconn'),
          value: fc.constantFrom('1', '32768 60999'),
        }),
        { maxLength: 2 },
      ),
    },
    16,
  ),
)

const hostRef = fc
  .tuple(fc.record({ port: fc.constantFrom(8080, 'http') }), sparse({ host: fc.constantFrom('127.0.0.1', 'bad.host', '') }, 4))
  .map(([port, host]) => mapOf([...Object.entries(port as DataMap), ...Object.entries(host)]))
const container = fc
  .tuple(
    fc.record({
      name: names,
      image: fc.constantFrom('registry.k8s.io/pause', 'nginx:1.27', 'ghcr.io/example/app@sha256:0123abcd'),
      securityContext: containerSecurityContext,
    }),
    sparse(
      {
        ports: fc.array(
          some({ containerPort: fc.integer({ min: 1, max: 65535 }), hostPort: fc.constantFrom(0, 80, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
          { maxLength: 2 },
        ),
        livenessProbe: some({ httpGet: hostRef, tcpSocket: hostRef }),
        readinessProbe: some({ grpc: some({ port: fc.constant(9000) }) }),
        lifecycle: some({ postStart: some({ httpGet: hostRef }), preStop: some({ tcpSocket: hostRef }) }),
        env: fc.array(fc.record({ name: fc.constantFrom('MODE', 'HOME'), value: names }), { maxLength: 2 }),
      },
      10,
    ),
  )
  .map(([identity, more]) => mapOf([...Object.entries(identity as DataMap).filter(([, v]) => v !== null), ...Object.entries(more)]))

const volume = fc.oneof(
  fc.record({ name: fc.constant('data'), emptyDir: fc.constant({}) }),
  fc.record({ name: fc.constant('data'), emptyDir: fc.constant({}) }),
  fc.record({ name: fc.constant('host'), hostPath: fc.record({ path: fc.constantFrom('/var/run/docker.sock', '/') }) }),
  fc.record({ name: fc.constant('cfg'), configMap: fc.record({ name: fc.constant('settings') }) }),
  fc.record({ name: fc.constant('sec'), secret: fc.record({ secretName: fc.constant('token') }) }),
  fc.record({ name: fc.constant('nfs'), nfs: fc.record({ server: fc.constant('nfs.local'), path: fc.constant('/exports') }) }),
  fc.record({ name: fc.constant('proj'), projected: fc.record({ sources: fc.constant([]) }) }),
  fc.record({ name: fc.constant('bare') }),
) as fc.Arbitrary<Data>

const podSpec = fc
  .tuple(
    fc.record({ containers: fc.array(container, { minLength: 1, maxLength: 3 }), securityContext: podSecurityContext }),
    sparse(
      {
        initContainers: fc.array(container, { minLength: 1, maxLength: 2 }),
        ephemeralContainers: fc.array(container, { minLength: 1, maxLength: 1 }),
        hostNetwork: fc.boolean(),
        hostPID: fc.boolean(),
        hostIPC: fc.boolean(),
        hostUsers: fc.boolean(),
        os: fc.record({ name: fc.constantFrom('linux', 'windows') }),
        nodeSelector: fc.constantFrom(mapOf([['kubernetes.io/os', 'windows']]), mapOf([['disktype', 'ssd']])),
        volumes: fc.array(volume, { maxLength: 3 }),
      },
      8,
    ),
  )
  .map(([base, more]) => mapOf([...Object.entries(base as DataMap).filter(([, v]) => v !== null), ...Object.entries(more)]))

const annotations = sparse(
  {
    'seccomp.security.alpha.kubernetes.io/pod': fc.constantFrom('runtime/default', 'docker/default', 'unconfined', 'localhost/profile.json'),
    'container.seccomp.security.alpha.kubernetes.io/app': fc.constantFrom('runtime/default', 'unconfined'),
    'container.apparmor.security.beta.kubernetes.io/app': fc.constantFrom('runtime/default', 'unconfined', 'localhost/deny-write'),
    'example.com/owner': names,
  },
  6,
)

/** A pod template: metadata with labels and maybe annotations, and a pod spec. */
export const podTemplate: fc.Arbitrary<DataMap> = fc.record({ annotations, spec: podSpec }).map(({ annotations, spec }) => {
  const metadata = mapOf([['labels', mapOf([['app', 'web']])]])
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations
  return mapOf([
    ['metadata', metadata],
    ['spec', spec],
  ])
})

/** Where each kind other than Pod keeps its pod template, as the API defines it. */
const TEMPLATE_KINDS: readonly { apiVersion: string; kind: string; spec?: (template: DataMap) => DataMap }[] = [
  { apiVersion: 'v1', kind: 'PodTemplate' },
  {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    spec: (t) =>
      mapOf([
        ['replicas', 2],
        ['template', t],
      ]),
  },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', spec: (t) => withSelector(t) },
  { apiVersion: 'apps/v1', kind: 'Deployment', spec: (t) => withSelector(t) },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', spec: (t) => withSelector(t, [['serviceName', 'web']]) },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', spec: (t) => withSelector(t) },
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    spec: (t) =>
      mapOf([
        ['backoffLimit', 1],
        ['template', t],
      ]),
  },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    spec: (t) =>
      mapOf([
        ['schedule', '*/5 * * * *'],
        ['jobTemplate', mapOf([['spec', mapOf([['template', t]])]])],
      ]),
  },
]

function withSelector(template: DataMap, more: [string, Data][] = []): DataMap {
  return mapOf([['selector', mapOf([['matchLabels', mapOf([['app', 'web']])]])], ...more, ['template', template]])
}

/** One workload of any kind that carries a pod template, with apiVersion, kind and metadata. */
export const workload: fc.Arbitrary<DataMap> = fc
  .record({ which: fc.nat({ max: TEMPLATE_KINDS.length }), name: names, template: podTemplate })
  .map(({ which, name, template }) => {
    const identity = mapOf([
      ['name', name],
      ['namespace', 'team-a'],
    ])
    if (which === TEMPLATE_KINDS.length) {
      // A Pod is its own template: the template's metadata (annotations too) is the Pod's.
      const metadata = mapOf([...Object.entries(identity), ...Object.entries(template.metadata as DataMap)])
      return mapOf([
        ['apiVersion', 'v1'],
        ['kind', 'Pod'],
        ['metadata', metadata],
        ['spec', template.spec],
      ])
    }
    const { apiVersion, kind, spec } = TEMPLATE_KINDS[which]
    const body: [string, Data] = spec ? ['spec', spec(template)] : ['template', template]
    return mapOf([['apiVersion', apiVersion], ['kind', kind], ['metadata', identity], body])
  })

/** A workload, or a List of a few of them. */
export const manifest: fc.Arbitrary<DataMap> = fc.oneof(
  { weight: 4, arbitrary: workload },
  {
    weight: 1,
    arbitrary: fc.array(workload, { minLength: 1, maxLength: 3 }).map((items) =>
      mapOf([
        ['apiVersion', 'v1'],
        ['kind', 'List'],
        ['items', items],
      ]),
    ),
  },
)
