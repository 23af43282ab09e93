/** Cases about whole inputs: document markers and directives, JSON, byte encodings, deep nesting and long streams. */
import { concatBytes } from '../../packages/link/src/bytes'
import { BOOLEAN_FIELDS, CaseList, INTEGER_FIELDS, pod, podWithField, type Random } from './pod'

/** Document markers, directives, empty and comment-only documents, a BOM after `---`. */
export function documentCases(random: Random): CaseList {
  const list = new CaseList('document')
  const a = (name = 'first') => pod({ name })
  const b = (name = 'second') => podWithField(name, random.pick(BOOLEAN_FIELDS.slice(0, 4)), 'true')
  const streams: [string, string][] = [
    ['leading-marker', '---\n' + a()],
    ['marker-comment', '--- # c\n' + a() + '--- # c\n' + b()],
    ['marker-trailing-space', '--- \n' + a() + '---  \n' + b()],
    ['marker-glued', a() + '---x\n' + b()],
    ['marker-indented', a() + ' ---\n' + b()],
    ['marker-four-dashes', a() + '----\n' + b()],
    ['marker-tab', a() + '---\t\n' + b()],
    ['end-marker-then-marker', a() + '...\n---\n' + b()],
    ['end-marker-then-content', a() + '...\n' + b()],
    ['end-marker-then-comment', a() + '...\n# c\n'],
    ['end-marker-glued', a() + '...x\n'],
    ['end-marker-comment', a() + '... # c\n---\n' + b()],
    ['two-end-markers', a() + '...\n...\n' + b()],
    ['trailing-marker', a() + '---\n'],
    ['empty-documents', '---\n---\n' + a() + '---\n---\n\n---\n' + b()],
    ['comment-only-documents', '# header\n---\n# nothing\n---\n' + a() + '---\n# only a comment\n'],
    ['blank-documents', '\n\n---\n   \n---\n' + a()],
    ['null-document', a() + '---\n~\n---\n' + b()],
    ['null-word-document', a() + '---\nnull\n---\n' + b()],
    ['empty-flow-document', a() + '---\n{}\n---\n' + b()],
    ['scalar-document', a() + '---\nhello\n---\n' + b()],
    ['sequence-document', a() + '---\n- a\n---\n' + b()],
    ['missing-kind', a() + '---\napiVersion: v1\nmetadata:\n  name: x\n---\n' + b()],
    ['syntax-error-middle', a() + '---\nkey: [unclosed\n---\n' + b()],
    ['syntax-error-first', 'key: "unclosed\n---\n' + a()],
    ['yaml-directive-1.1', '%YAML 1.1\n---\n' + a()],
    ['yaml-directive-1.2', '%YAML 1.2\n---\n' + a()],
    ['yaml-directive-2.0', '%YAML 2.0\n---\n' + a()],
    ['yaml-directive-no-marker', '%YAML 1.1\n' + a()],
    ['yaml-directive-twice', '%YAML 1.1\n%YAML 1.1\n---\n' + a()],
    ['tag-directive', '%TAG ! tag:example.com,2000:\n---\n' + a()],
    ['unknown-directive', '%FOO bar\n---\n' + a()],
    ['directive-second-document', a() + '...\n%YAML 1.1\n---\n' + b()],
    ['directive-without-end-marker', a() + '%YAML 1.1\n---\n' + b()],
    ['bom-after-marker', a() + '---\n\uFEFF' + b()],
    ['bom-after-first-marker', '---\n\uFEFF' + a()],
    ['bom-mid-document', a().replace('spec:', '\uFEFFspec:')],
    ['bom-start', '\uFEFF' + a() + '---\n' + b()],
    ['marker-with-content', '--- apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n'],
    ['marker-with-flow', '--- {apiVersion: v1, kind: Pod, metadata: {name: x}, spec: {hostNetwork: true}}\n'],
    ['marker-with-block-scalar', a() + '--- |\n  text\n---\n' + b()],
    ['marker-with-tag', '--- !!map\n' + a()],
    ['marker-in-block-scalar', pod({ name: 'x', top: 'x-data:\n  a: |\n    ---\n    ...' }) + '---\n' + b()],
    ['marker-in-quoted', pod({ name: 'x', top: 'x-data:\n  a: "x\n---\n  y"' }) + '---\n' + b()],
    ['marker-in-flow', pod({ name: 'x', top: 'x-data: {a: b,\n---\n}' }) + '---\n' + b()],
    ['dashes-in-plain', pod({ name: 'x', top: 'x-data:\n  a: x --- y' })],
    ['many-small-documents', Array.from({ length: 12 }, (_, i) => pod({ name: `p${i}` })).join('---\n')],
  ]
  for (const [desc, text] of streams) list.add(desc, text)
  return list
}

function jsonPod(name: string, extra = ''): string {
  return `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"${name}"},"spec":{${extra}"securityContext":{"runAsNonRoot":true,"seccompProfile":{"type":"RuntimeDefault"}},"containers":[{"name":"app","image":"registry.k8s.io/pause:3.10","securityContext":{"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}}}]}}`
}

/** JSON input: numbers by Go's rules, concatenated objects, YAML-only syntax after `{`, arrays and trailing bytes. */
export function jsonCases(random: Random): CaseList {
  const list = new CaseList('json')
  const numbers = [
    '0',
    '-0',
    '0e0',
    '0E0',
    '0e+0',
    '-0e0',
    '0.0',
    '1000',
    '1E3',
    '1e3',
    '1.0e3',
    '1000.0',
    '1e-3',
    '1.5',
    '-1',
    '9223372036854775807',
    '9223372036854775808',
    '18446744073709551616',
    '1e400',
    '00',
    '01',
    '+1',
    '.5',
    '5.',
    '0x0',
    '1_000',
    'NaN',
    'Infinity',
    '"0"',
    'true',
    'null',
  ]
  for (const value of numbers) {
    const field = random.pick(INTEGER_FIELDS)
    const text = jsonPod(list.name()).replace(
      field.scope === 'podSecurityContext' ? '"securityContext":{"runAsNonRoot":true,' : '"securityContext":{"allowPrivilegeEscalation":false,',
      (m) => `${m}"${field.key}":${value},`,
    )
    list.add(`${field.key}-${value}`, text + '\n', 'json')
  }
  for (const value of ['true', 'false', '1', '"true"', 'null', 'True', 'yes']) {
    list.add(`hostnetwork-${value}`, jsonPod(list.name(), `"hostNetwork":${value},`) + '\n', 'json')
  }
  const two = [jsonPod('first'), jsonPod('second', '"hostPID":true,')]
  list.add('concatenated-jq-c', two.join('\n') + '\n', 'json')
  list.add('concatenated-no-space', two.join('') + '\n', 'json')
  list.add('concatenated-blank-lines', two.join('\n\n\n') + '\n', 'json')
  list.add('concatenated-tabs-crlf', two.join('\t\r\n ') + '\r\n', 'json')
  list.add('pretty', JSON.stringify(JSON.parse(two[1]), null, 2) + '\n', 'json')
  list.add('pretty-concatenated', two.map((text) => JSON.stringify(JSON.parse(text), null, 4)).join('\n') + '\n', 'json')
  list.add('leading-whitespace', '\n\n   ' + two[1] + '\n', 'json')
  list.add('json-then-yaml-marker', two[0] + '\n---\n' + pod({ name: 'yaml' }), 'json')
  list.add('json-then-yaml-document', two[0] + '\napiVersion: v1\nkind: Pod\n', 'json')
  list.add('trailing-garbage', two[0] + ' x\n', 'json')
  list.add('trailing-comma-after-object', two[0] + ',\n', 'json')
  list.add('trailing-closer', two[0] + '}\n', 'json')
  list.add('unclosed', two[0].slice(0, -1) + '\n', 'json')
  list.add('second-unclosed', two[0] + '\n' + two[1].slice(0, -2) + '\n', 'json')
  const yamlish: [string, string][] = [
    ['unquoted-key', two[1].replace('"hostPID"', 'hostPID')],
    ['single-quoted', two[1].replace('"hostPID"', "'hostPID'")],
    ['comment', two[1].replace('{"apiVersion"', '{# c\n"apiVersion"')],
    ['trailing-comma', two[1].replace(']}}', '],}}')],
    ['yaml-bool', two[1].replace('"hostPID":true', '"hostPID":yes')],
    ['plain-string', two[1].replace('"registry.k8s.io/pause:3.10"', 'pause')],
    ['anchor', two[1].replace('"hostPID":true', '"hostPID":&a true')],
    ['hex', two[1].replace('"hostPID":true', '"terminationGracePeriodSeconds":0x10')],
    ['escape-slash', two[1].replace('"pause:3.10"', '"pause:3.10\\/x"')],
    ['escape-single-quote', two[1].replace('registry.k8s.io', "registry\\'k8s.io")],
    ['escape-x', two[1].replace('registry.k8s.io', 'registry\\x41')],
    ['escape-u', two[1].replace('registry.k8s.io', 'registry\\u00e9')],
    ['escape-surrogate-pair', two[1].replace('registry.k8s.io', '\\ud83d\\ude00')],
    ['escape-lone-surrogate', two[1].replace('registry.k8s.io', '\\ud800')],
    ['raw-tab-in-string', two[1].replace('registry.k8s.io', 'a\tb')],
    ['raw-newline-in-string', two[1].replace('registry.k8s.io', 'a\nb')],
    ['u2028-in-string', two[1].replace('registry.k8s.io', 'a\u2028b')],
    ['multiline-flow', two[1].replaceAll(',', ',\n')],
    ['newline-closer-left', two[1].replace(']}}', ']\n}\n}')],
    ['empty-object', '{}'],
    ['merge-key', two[1].replace('"hostPID":true', '"<<":{"hostPID":true}')],
    ['number-key', two[1].replace('"metadata":{"name":"second"}', '"metadata":{"name":"second","annotations":{1:"a"}}')],
  ]
  for (const [desc, text] of yamlish) list.add(desc, text + '\n', 'json')
  list.add('array-of-objects', `[${two.join(',')}]\n`, 'json')
  list.add(
    'array-pretty',
    JSON.stringify(
      two.map((text) => JSON.parse(text)),
      null,
      2,
    ) + '\n',
    'json',
  )
  list.add('array-then-object', `[${two[0]}]\n${two[1]}\n`, 'json')
  list.add(
    'list-object',
    `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"not-a-list"},"spec":{"containers":[{"name":"a","image":"b","securityContext":{"privileged":true}}]}}\n`,
    'json',
  )
  list.add('deep-json', jsonPod(list.name()).replace('"metadata":{', `"x-deep":${'{"a":'.repeat(60)}1${'}'.repeat(60)},"metadata":{`) + '\n', 'json')
  return list
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  const view = new DataView(bytes.buffer)
  if (bom) view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  return concatBytes(parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part)))
}

/** UTF-8 with and without BOM, UTF-16LE/BE with and without BOM, UTF-32, and invalid UTF-8 and UTF-16. */
export function encodingCases(random: Random): CaseList {
  const list = new CaseList('encoding')
  const texts: [string, string, 'yaml' | 'json'][] = [
    ['pod', podWithField('encoded', random.pick(BOOLEAN_FIELDS.slice(0, 4)), 'yes'), 'yaml'],
    ['stream', pod({ name: 'first' }) + '---\n' + podWithField('second', { scope: 'spec', key: 'hostNetwork' }, 'true'), 'yaml'],
    ['non-ascii', pod({ name: 'accents', top: 'x-data:\n  a: "é ü 日本 😀"\n  b: \'Ω\'' }), 'yaml'],
    ['json', jsonPod('encoded-json', '"hostPID":true,') + '\n', 'json'],
  ]
  for (const [desc, text, ext] of texts) {
    list.add(`${desc}-utf8-bom`, concat(new Uint8Array([0xef, 0xbb, 0xbf]), text), ext)
    list.add(`${desc}-utf16le-bom`, utf16(text, true, true), ext)
    list.add(`${desc}-utf16be-bom`, utf16(text, false, true), ext)
    list.add(`${desc}-utf16le-no-bom`, utf16(text, true, false), ext)
    list.add(`${desc}-utf16be-no-bom`, utf16(text, false, false), ext)
  }
  const text = podWithField('encoded', { scope: 'spec', key: 'hostPID' }, 'true')
  list.add('utf32le-bom', concat(new Uint8Array([0xff, 0xfe, 0, 0]), ...[...text].map((c) => new Uint8Array([c.charCodeAt(0), 0, 0, 0]))))
  list.add('utf32be-bom', concat(new Uint8Array([0, 0, 0xfe, 0xff]), ...[...text].map((c) => new Uint8Array([0, 0, 0, c.charCodeAt(0)]))))
  list.add('utf16le-bom-then-utf8-bom', utf16('\uFEFF' + text, true, true))
  list.add('utf8-bom-twice', concat(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), text))
  list.add('utf16le-lone-surrogate', utf16(pod({ name: 'x', top: 'x-data:\n  a: "x\uD800y"' }), true, true))
  list.add('utf16le-odd-length', concat(utf16(text, true, true), new Uint8Array([0x41])))
  const invalid: [string, number[]][] = [
    ['continuation-byte', [0x80]],
    ['truncated-two-byte', [0xc3]],
    ['truncated-three-byte', [0xe2, 0x82]],
    ['truncated-four-byte', [0xf0, 0x9f, 0x98]],
    ['overlong', [0xc0, 0x80]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above-max', [0xf4, 0x90, 0x80, 0x80]],
    ['fe', [0xfe]],
    ['latin1-e-acute', [0xe9]],
  ]
  for (const [desc, bytes] of invalid) {
    const [before, after] = pod({ name: 'x', top: 'x-data:\n  a: "x@y"' }).split('@')
    list.add(`invalid-utf8-${desc}`, concat(before, new Uint8Array(bytes), after))
  }
  const [before, after] = pod({ name: 'x', spec: 'dnsPolicy: ClusterFirst # note @\nhostNetwork: true' }).split('@')
  list.add('invalid-utf8-in-comment', concat(before, new Uint8Array([0xff]), after))
  list.add('invalid-utf8-plain', concat(pod({ name: 'x', top: 'x-data:\n  a: x' }).slice(0, -1), new Uint8Array([0xe9]), '\n'))
  list.add('noncharacter-fffe', pod({ name: 'x', top: 'x-data:\n  a: "x\uFFFEy"' }))
  list.add('nul-byte-second-document', pod({ name: 'first' }) + '---\n' + pod({ name: 'x', top: 'x-data:\n  a: "x\u0000y"' }))
  list.add('control-character', pod({ name: 'x', top: 'x-data:\n  a: "x\u0007y"' }))
  list.add('escaped-control-character', pod({ name: 'x', top: 'x-data:\n  a: "x\\ay"' }))
  return list
}

/** Deep but legal nesting in block and flow style, and JSON. */
export function nestingCases(): CaseList {
  const list = new CaseList('nesting')
  for (const depth of [10, 30, 60, 90]) {
    const block = Array.from({ length: depth }, (_, i) => '  '.repeat(i) + `l${i}:`).join('\n') + ' leaf'
    list.add(`block-${depth}`, pod({ name: list.name() }) + 'x-nested:\n' + block.replace(/^/gm, '  ') + '\n')
    list.add(`flow-${depth}`, pod({ name: list.name() }) + `x-nested: ${'{a: '.repeat(depth)}leaf${'}'.repeat(depth)}\n`)
    list.add(`sequence-${depth}`, pod({ name: list.name() }) + `x-nested: ${'['.repeat(depth)}leaf${']'.repeat(depth)}\n`)
  }
  list.add(
    'deep-block-sequences',
    pod({ name: list.name() }) + 'x-nested:\n' + Array.from({ length: 40 }, (_, i) => '  '.repeat(i + 1) + '-').join('\n') + ' leaf\n',
  )
  return list
}

/** Long inputs: many documents, many containers, long scalars. */
export function longCases(random: Random): CaseList {
  const list = new CaseList('long')
  list.add(
    'hundred-documents',
    Array.from({ length: 100 }, (_, i) => (i === 73 ? podWithField(`p${i}`, random.pick(INTEGER_FIELDS), '0o0') : pod({ name: `p${i}` }))).join('---\n'),
  )
  const containers = Array.from(
    { length: 150 },
    (_, i) =>
      `- name: c${i}\n  image: registry.k8s.io/pause:3.10\n  securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: ${i === 149 ? 'on' : 'off'}, capabilities: {drop: [ALL]}}`,
  )
  list.add(
    'many-containers',
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  ${containers.join('\n').replaceAll('\n', '\n  ')}\n`,
  )
  list.add('long-plain-scalar', pod({ name: list.name(), top: `x-data:\n  a: ${'word '.repeat(20000).trim()}` }))
  list.add('long-literal', pod({ name: list.name(), top: `x-data:\n  a: |\n${Array.from({ length: 3000 }, (_, i) => `    line ${i}`).join('\n')}` }))
  list.add('long-flow-sequence', pod({ name: list.name(), container: `args: [${Array.from({ length: 5000 }, (_, i) => `a${i}`).join(', ')}]` }))
  list.add('many-keys', pod({ name: list.name(), top: `x-data:\n${Array.from({ length: 5000 }, (_, i) => `  k${i}: v${i}`).join('\n')}` }))
  return list
}
