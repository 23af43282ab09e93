/** Cases about structure: merge keys, flow collections, duplicates, anchors, complex keys. */
import { BOOLEAN_FIELDS, CaseList, INTEGER_FIELDS, indentLines, pod, type Field, type Random } from './pod'

/** A field and a pair of values, the first meeting Restricted, the second not. */
interface Probe {
  key: string
  safe: string
  unsafe: string
}

const SECURITY_CONTEXT_PROBES: readonly Probe[] = [
  { key: 'privileged', safe: 'false', unsafe: 'true' },
  { key: 'allowPrivilegeEscalation', safe: 'false', unsafe: 'true' },
  { key: 'runAsUser', safe: '1000', unsafe: '0' },
  { key: 'runAsNonRoot', safe: 'true', unsafe: 'false' },
  { key: 'runAsGroup', safe: '1000', unsafe: '0' },
]

/** Merge key templates on the container's securityContext; `S`/`U` stand for the safe and unsafe entries. */
const MERGE_TEMPLATES: readonly [string, string][] = [
  ['flow-explicit-then-merge', 'securityContext: {S, <<: {U}}'],
  ['flow-merge-then-explicit', 'securityContext: {<<: {U}, S}'],
  ['flow-two-merges', 'securityContext: {<<: {S}, <<: {U}}'],
  ['flow-merge-list', 'securityContext: {<<: [{S}, {U}]}'],
  ['flow-merge-list-reversed', 'securityContext: {<<: [{U}, {S}]}'],
  ['block-explicit-then-merge', 'securityContext:\n  S\n  <<: {U}'],
  ['block-merge-then-explicit', 'securityContext:\n  <<: {U}\n  S'],
  ['block-merge-block-map', 'securityContext:\n  S\n  <<:\n    U'],
  ['block-two-merges', 'securityContext:\n  <<: {S}\n  <<: {U}'],
  ['block-merge-around-explicit', 'securityContext:\n  <<: {S}\n  S\n  <<: {U}'],
  ['alias-merge', 'securityContext:\n  S\n  <<: *unsafe'],
  ['alias-merge-first', 'securityContext:\n  <<: *unsafe\n  S'],
  ['alias-list', 'securityContext:\n  <<: [*safe, *unsafe]'],
  ['alias-list-reversed', 'securityContext:\n  <<: [*unsafe, *safe]'],
  ['alias-two-merges', 'securityContext:\n  <<: *safe\n  <<: *unsafe'],
  ['nested-merge', 'securityContext:\n  S\n  <<: {<<: {U}}'],
  ['merge-of-merged-alias', 'securityContext:\n  <<: *both'],
  ['tagged-merge-key', 'securityContext:\n  S\n  !!merge <<: {U}'],
  ['quoted-merge-key', 'securityContext:\n  S\n  "<<": {U}'],
  ['single-quoted-merge-key', "securityContext:\n  S\n  '<<': {U}"],
  ['merge-space-before-colon', 'securityContext:\n  S\n  << : {U}'],
  ['merge-empty-list', 'securityContext:\n  S\n  <<: []'],
  ['merge-scalar', 'securityContext:\n  S\n  <<: x'],
  ['merge-null', 'securityContext:\n  S\n  <<: ~'],
  ['merge-list-with-scalar', 'securityContext:\n  S\n  <<: [{U}, x]'],
  ['merge-in-explicit-key', 'securityContext:\n  S\n  ? <<\n  : {U}'],
]

function fill(template: string, probe: Probe): string {
  return template.replace(/\{S\}|\{U\}|\bS\b|\bU\b/g, (token) => {
    const entry = `${probe.key}: ${token.includes('S') ? probe.safe : probe.unsafe}`
    return token.startsWith('{') ? `{${entry}}` : entry
  })
}

/** A Pod whose container securityContext is `block` on top of the base's other keys; anchors are defined in a top-level key. */
function podWithSecurityContext(name: string, probe: Probe, block: string): string {
  const anchors = [`safe: &safe {${probe.key}: ${probe.safe}}`, `unsafe: &unsafe {${probe.key}: ${probe.unsafe}}`, 'both: &both {<<: [*safe, *unsafe]}']
  const rest = ['runAsNonRoot: true', 'allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL]}'].filter((line) => !line.startsWith(probe.key + ':'))
  const securityContext = block.startsWith('securityContext: {')
    ? block.replace('securityContext: {', `securityContext: {${rest.join(', ')}, `)
    : block.replace('securityContext:\n', `securityContext:\n${rest.map((line) => `  ${line}\n`).join('')}`)
  return (
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      'x-anchors:',
      ...anchors.map((anchor) => '  ' + anchor),
      'spec:',
      '  securityContext:',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '  containers:',
      '  - name: app',
      '    image: registry.k8s.io/pause:3.10',
      '    ' + indentLines(securityContext, 4),
    ].join('\n') + '\n'
  )
}

/** Merge keys in go-yaml v2's order, in every position issue 9 names. */
export function mergeCases(random: Random): CaseList {
  const list = new CaseList('merge')
  for (const [desc, template] of MERGE_TEMPLATES) {
    for (const probe of random.pickTwo(SECURITY_CONTEXT_PROBES))
      list.add(`${desc}-${probe.key}`, podWithSecurityContext(list.name(), probe, fill(template, probe)))
  }
  // Merges at spec level and into the pod's securityContext.
  list.add('spec-merge-hostnetwork', pod({ name: list.name(), spec: 'hostNetwork: false\n<<: {hostNetwork: true}' }))
  list.add('spec-merge-alias-hostpid', pod({ name: list.name(), top: 'x-data: &ann {hostPID: "x"}', spec: 'hostPID: false\n<<: {hostPID: true}' }))
  list.add('pod-securitycontext-merge', pod({ name: list.name(), podSecurityContext: 'runAsUser: 1000\n<<: {runAsUser: 0}' }))
  list.add('merge-whole-container', pod({ name: list.name() }).replace('  - name: app\n', '  - <<: {securityContext: {privileged: true}}\n    name: app\n'))
  list.add(
    'merge-container-from-alias',
    pod({ name: list.name(), spec: 'initContainers:\n- &init\n  name: init\n  image: busybox\n  securityContext: {privileged: true}' }).replace(
      '  - name: app\n',
      '  - <<: *init\n    name: app\n',
    ),
  )
  return list
}

/** Flow collections: odd items, trailing commas, multi-line layouts with closers at or left of the parent key. */
export function flowCases(random: Random): CaseList {
  const list = new CaseList('flow')
  const capabilityLists = [
    '[NET_RAW:]',
    '[NET_RAW: ]',
    '[ NET_RAW : x ]',
    '[a: b]',
    '[NET_RAW:x]',
    '[?NET_RAW]',
    '[? NET_RAW]',
    '[NET_RAW,]',
    '[NET_RAW,,]',
    '[,NET_RAW]',
    '[NET_RAW, ]',
    '[ NET_RAW ]',
    '["NET_RAW",]',
    "['NET_RAW']",
    '[NET_RAW]#c',
    '[NET_RAW] #c',
    '[NET_RAW, SYS_ADMIN]',
    '[NET RAW]',
    '[NET_RAW: SYS_ADMIN: x]',
    '[{NET_RAW}]',
    '[[NET_RAW]]',
    '[]',
    '[-]',
    '[-NET_RAW]',
    '[- NET_RAW]',
    '[NET_RAW#c]',
    '[NET_RAW #c\n  ]',
    '[\n  NET_RAW\n  ]',
    '[\n  NET_RAW,\n]',
    '[\nNET_RAW]',
    '[http://x]',
    '[a:b]',
  ]
  for (const items of capabilityLists) {
    const key = random.pick(['add', 'drop'] as const)
    const other = key === 'add' ? 'drop: [ALL]' : 'add: [CHOWN]'
    list.add(
      `capabilities-${key}-${items.split('\n')[0]}`,
      pod({ name: list.name(), securityContext: `capabilities:\n  ${other}\n  ${key}: ${items.split('\n').join('\n  ')}` }),
    )
  }
  const args = ['[-, "-v"]', '[-v, -x]', '["-", -]', '[--flag=1, -]', '[- -v]', '[--, "--"]', '[-1, -.5, -0x1]', '[ - ]']
  for (const value of args) list.add(`args-${value}`, pod({ name: list.name(), container: `args: ${value}` }))
  const maps = [
    '{a, b}',
    '{a: b,}',
    '{a: b,,}',
    '{a}',
    '{a: }',
    '{: b}',
    '{"a":b}',
    '{"a": b}',
    '{a:b}',
    '{a: b, a: c}',
    '{? a : b}',
    '{a: b}#c',
    '{a: b} #c',
    '{a: [b, c]}',
    '{a: {b: c}}',
    '{a: b\n  }',
    '{\n  a: b,\n  c: d\n}',
    '{a: "b",\n c: d}',
    '{ a: b # c\n  }',
  ]
  for (const value of maps) {
    const where = random.pick(['data', 'nodeSelector'] as const)
    const slot = where === 'data' ? { top: `x-data: ${value}` } : { spec: `nodeSelector: ${value}` }
    list.add(`${where}-${value.split('\n')[0]}`, pod({ name: list.name(), ...slot }))
  }
  // Whole securityContexts in flow style, some over several lines as real files write them.
  list.add(
    'securitycontext-flow',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, privileged: yes}\n',
    ),
  )
  list.add(
    'securitycontext-flow-json-style',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {"runAsNonRoot":true,"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]},"runAsUser":0}\n',
    ),
  )
  list.add(
    'securitycontext-flow-closer-at-key',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {\n      runAsNonRoot: true, allowPrivilegeEscalation: false,\n      capabilities: {drop: [ALL]}, hostPort: 1\n    }\n',
    ),
  )
  list.add(
    'securitycontext-flow-closer-left',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {\n      runAsNonRoot: true, allowPrivilegeEscalation: false,\n      capabilities: {drop: [ALL]}, privileged: true\n  }\n',
    ),
  )
  list.add(
    'securitycontext-flow-closer-col0',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {\n      runAsNonRoot: true, allowPrivilegeEscalation: false,\n      capabilities: {drop: [ALL]}, privileged: true\n}\n',
    ),
  )
  list.add(
    'securitycontext-flow-items-left',
    pod({ name: list.name() }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: {\n  runAsNonRoot: true, allowPrivilegeEscalation: false,\n  capabilities: {drop: [ALL]}, privileged: true\n    }\n',
    ),
  )
  list.add('args-closer-at-key-with-comments', pod({ name: list.name(), container: 'args: [\n  # a comment\n  "-a", "b",\n\n  # another\n  "-c", "d",\n]' }))
  list.add('args-closer-left-of-key', pod({ name: list.name(), container: 'args: [\n    "-a",\n  ]' }))
  list.add(
    'args-items-at-col0',
    pod({ name: list.name() }).replace('    image: registry.k8s.io/pause:3.10\n', '    image: registry.k8s.io/pause:3.10\n    args: [\n"-a",\n"-b"]\n'),
  )
  list.add('drop-multiline', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: [\n    ALL\n  ]\n  add: [\n    NET_RAW,\n  ]' }))
  list.add(
    'containers-flow',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: flow-containers}\nspec: {containers: [{name: a, image: b, securityContext: {privileged: true}}]}\n',
  )
  list.add(
    'whole-pod-flow-multiline',
    `{apiVersion: v1, kind: Pod,\n metadata: {name: flow-all},\n spec: {hostNetwork: yes, containers: [\n  {name: a, image: b}\n]}}\n`,
  )
  list.add('flow-plain-multiline-scalar', pod({ name: list.name(), top: 'x-data: {a: one\n  two, b: c}' }))
  list.add('flow-quoted-multiline-scalar', pod({ name: list.name(), top: 'x-data: {a: "one\n  two", b: c}' }))
  list.add('flow-key-on-next-line', pod({ name: list.name(), top: 'x-data: {a\n  : b}' }))
  list.add('flow-unclosed', pod({ name: list.name(), top: 'x-data: {a: b' }))
  list.add('flow-extra-closer', pod({ name: list.name(), top: 'x-data: {a: b}}' }))
  return list
}

/** Duplicate keys: plain, quoted, spellings that resolve equal, in flow, three times, on top-level keys. */
export function duplicateCases(random: Random): CaseList {
  const list = new CaseList('duplicate')
  const fields: Field[] = [...BOOLEAN_FIELDS, ...INTEGER_FIELDS]
  for (let i = 0; i < 12; i++) {
    const field = random.pick(fields)
    const isBool = BOOLEAN_FIELDS.includes(field)
    const [first, second] = isBool ? random.pickTwo(['true', 'false', 'yes', 'off']) : random.pickTwo(['0', '1000', '0x0', '65534'])
    const spelling = random.pick([field.key, `"${field.key}"`, `'${field.key}'`])
    list.add(`${field.key}-${first}-${second}`, pod({ name: list.name(), [field.scope]: `${field.key}: ${first}\n${spelling}: ${second}` }))
  }
  list.add('three-times', pod({ name: list.name(), securityContext: 'privileged: true\nprivileged: false\nprivileged: true' }))
  list.add('flow', pod({ name: list.name(), securityContext: 'seccompProfile: {type: Unconfined, type: RuntimeDefault}' }))
  list.add('flow-last-unsafe', pod({ name: list.name(), podSecurityContext: 'seccompProfile: {type: RuntimeDefault, type: Unconfined}' }))
  list.add('mapping-then-scalar', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: [ALL]\ncapabilities: ~' }))
  list.add('scalar-then-mapping', pod({ name: list.name(), podSecurityContext: 'seccompProfile: x\nseccompProfile:\n  type: Localhost' }))
  list.add('mappings-not-merged', pod({ name: list.name(), securityContext: 'capabilities:\n  add: [NET_RAW]\ncapabilities:\n  drop: [ALL]' }))
  list.add('kind', pod({ name: list.name() }).replace('kind: Pod\n', 'kind: Deployment\nkind: Pod\n'))
  list.add('metadata', pod({ name: list.name() }).replace('metadata:\n', 'metadata:\n  name: first\nmetadata:\n'))
  list.add('spec', pod({ name: list.name() }) + 'spec:\n  hostNetwork: true\n  containers: [{name: a, image: b}]\n')
  list.add('containers', pod({ name: list.name() }) + '  containers: [{name: b, image: b, securityContext: {privileged: true}}]\n')
  for (const [a, b] of [
    ['1', '0x1'],
    ['true', 'yes'],
    ['on', 'y'],
    ['~', 'null'],
    ['"a"', "'a'"],
    ['a', '"a"'],
    ['1', '1.0'],
    ['"1"', '1'],
  ]) {
    list.add(`data-${a}-${b}`, pod({ name: list.name(), top: `x-data:\n  ${a}: first\n  ${b}: second` }))
  }
  list.add(
    'json-duplicate',
    '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup"}, "spec": {"hostNetwork": true, "hostNetwork": false, "containers": [{"name": "a", "image": "b"}]}}\n',
    'json',
  )
  list.add(
    'json-duplicate-last-unsafe',
    '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup"}, "spec": {"hostPID": false, "hostPID": true, "containers": [{"name": "a", "image": "b"}]}}\n',
    'json',
  )
  list.add(
    'json-duplicate-escaped',
    '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup"}, "spec": {"hostIPC": true, "host\\u0049PC": false, "containers": [{"name": "a", "image": "b"}]}}\n',
    'json',
  )
  list.add(
    'json-duplicate-object',
    '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "dup"}, "spec": {"containers": [{"name": "a", "image": "b", "securityContext": {"privileged": true}, "securityContext": {"runAsUser": 0}}]}}\n',
    'json',
  )
  list.add('merge-then-duplicate', pod({ name: list.name(), securityContext: 'privileged: true\n<<: {privileged: false}\nprivileged: true' }))
  return list
}

/** Anchors and aliases, to scalars, collections and keys. */
export function anchorCases(random: Random): CaseList {
  const list = new CaseList('anchor')
  for (const field of random.pickTwo(INTEGER_FIELDS)) {
    list.add(`scalar-alias-${field.key}`, pod({ name: list.name(), top: 'x-data:\n  uid: &uid 0', [field.scope]: `${field.key}: *uid` }))
  }
  list.add('alias-as-key', pod({ name: list.name(), top: 'x-data:\n  k: &k hostNetwork', spec: '*k : true' }))
  list.add('alias-as-key-no-space', pod({ name: list.name(), top: 'x-data:\n  k: &k hostPID', spec: '*k: true' }))
  list.add('alias-to-bool', pod({ name: list.name(), top: 'x-data:\n  b: &b yes', spec: 'hostIPC: *b' }))
  list.add('alias-to-quoted', pod({ name: list.name(), top: 'x-data:\n  b: &b "true"', spec: 'hostIPC: *b' }))
  list.add('anchor-redefined', pod({ name: list.name(), top: 'x-data:\n  a: &v false\n  b: &v true', securityContext: 'privileged: *v' }))
  list.add('alias-before-anchor', pod({ name: list.name(), top: 'x-data:\n  a: *v\n  b: &v x' }))
  list.add('undefined-alias', pod({ name: list.name(), securityContext: 'privileged: *nope' }))
  list.add(
    'anchor-on-securitycontext',
    pod({ name: list.name(), spec: 'initContainers:\n- name: init\n  image: b\n  securityContext: &sc {privileged: true}' }).replace(
      /    securityContext:\n(      .*\n)+/,
      '    securityContext: *sc\n',
    ),
  )
  list.add(
    'anchor-on-sequence',
    pod({ name: list.name(), top: 'x-data:\n  a: x\nx-caps: &caps [NET_RAW, SYS_ADMIN]', securityContext: 'capabilities:\n  drop: [ALL]\n  add: *caps' }),
  )
  list.add('alias-in-flow', pod({ name: list.name(), top: 'x-data:\n  a: &a NET_RAW', securityContext: 'capabilities: {drop: [ALL], add: [*a, CHOWN]}' }))
  list.add('alias-in-flow-trailing', pod({ name: list.name(), top: 'x-data:\n  a: &a NET_RAW', securityContext: 'capabilities: {drop: [ALL], add: [*a]}' }))
  list.add('anchor-name-punctuation', pod({ name: list.name(), top: 'x-data:\n  a: &a.b-c_d 0', podSecurityContext: 'runAsUser: *a.b-c_d' }))
  list.add('anchor-name-colon', pod({ name: list.name(), top: 'x-data:\n  a: &a:b 0', podSecurityContext: 'runAsUser: *a:b' }))
  list.add('anchor-empty-value', pod({ name: list.name(), top: 'x-data:\n  a: &e\n  b: *e' }))
  list.add('anchor-and-tag', pod({ name: list.name(), top: 'x-data:\n  a: &t !!str 0', podSecurityContext: 'runAsUser: *t' }))
  list.add('tag-and-anchor', pod({ name: list.name(), top: 'x-data:\n  a: !!str &t 0', podSecurityContext: 'runAsUser: *t' }))
  list.add(
    'alias-whole-spec',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nx-data:\n    s: &spec {hostNetwork: true, containers: [{name: a, image: b}]}\nspec: *spec\n',
  )
  list.add('alias-across-documents', pod({ name: list.name(), top: 'x-data:\n  a: &x true' }) + '---\n' + pod({ name: 'second', spec: 'hostNetwork: *x' }))
  list.add('recursive-alias', pod({ name: list.name(), top: 'x-data: &r\n  a: *r' }))
  list.add('alias-with-properties', pod({ name: list.name(), top: 'x-data:\n  a: &a x\n  b: !!str *a' }))
  list.add('anchor-on-key', pod({ name: list.name(), top: 'x-data:\n  &k key: v\n  other: *k' }))
  list.add('many-aliases', pod({ name: list.name(), top: 'x-data:\n  a: &a x\n' + Array.from({ length: 50 }, (_, i) => `  k${i}: *a`).join('\n') }))
  return list
}

/** `? ` keys: explicit keys that are plain, quoted, block scalars or collections. */
export function complexKeyCases(): CaseList {
  const list = new CaseList('complexkey')
  list.add('explicit-field', pod({ name: list.name(), securityContext: '? privileged\n: true' }))
  list.add('explicit-field-quoted', pod({ name: list.name(), spec: '? "hostNetwork"\n: yes' }))
  list.add('explicit-no-value', pod({ name: list.name(), securityContext: '? privileged' }))
  list.add('explicit-block-scalar-key', pod({ name: list.name(), top: 'x-data:\n  ? |\n    multi\n  : v' }))
  list.add('explicit-block-scalar-key-strip', pod({ name: list.name(), top: 'x-data:\n  ? |-\n    hostNetwork\n  : v' }))
  list.add('explicit-sequence-key', pod({ name: list.name(), top: 'x-data:\n  ? - a\n  : v' }))
  list.add('explicit-mapping-key', pod({ name: list.name(), top: 'x-data:\n  ? a: b\n  : v' }))
  list.add('explicit-then-implicit', pod({ name: list.name(), securityContext: '? runAsUser\n: 0\nprivileged: false' }))
  list.add('explicit-value-on-same-line', pod({ name: list.name(), spec: '? hostPID : true' }))
  list.add('explicit-value-next-line', pod({ name: list.name(), spec: '? hostPID\n:\n  true' }))
  list.add('explicit-in-flow', pod({ name: list.name(), securityContext: 'seccompProfile: {? type : Unconfined}' }))
  list.add('explicit-multiline-plain-key', pod({ name: list.name(), top: 'x-data:\n  ? a\n    b\n  : v' }))
  list.add('explicit-null-key', pod({ name: list.name(), top: 'x-data:\n  ?\n  : v' }))
  list.add('explicit-duplicate', pod({ name: list.name(), securityContext: 'privileged: false\n? privileged\n: true' }))
  list.add('explicit-sequence-value', pod({ name: list.name(), securityContext: 'capabilities:\n  ? drop\n  :\n  - ALL\n  ? add\n  : - NET_RAW' }))
  return list
}
