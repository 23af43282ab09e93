/** Cases about how one scalar is resolved: number forms, booleans and nulls, keys, tags, escapes and quoting. */
import { BOOLEAN_FIELDS, CaseList, INTEGER_FIELDS, pod, podWithField, type Random } from './pod'

/** Every number form issue 9 names, with their neighbours (signs, underscores, prefixes, exponents, overflow, non-numbers). */
export const NUMBER_FORMS = [
  '0',
  '-0',
  '+0',
  '00',
  '000',
  '0o0',
  '0O0',
  '0x0',
  '0X0',
  '0b0',
  '0B0',
  '0e0',
  '0E0',
  '0e+0',
  '0e-0',
  '0.0e0',
  '-0e0',
  '+0e0',
  '00e0',
  '0.0',
  '-0.0',
  '.0',
  '0.',
  '1000',
  '+1000',
  '-1000',
  '01000',
  '0o1750',
  '0O1750',
  '0x3e8',
  '0X3E8',
  '0x3E8',
  '0b1111101000',
  '0B1111101000',
  '1e3',
  '1E3',
  '1e+3',
  '1E+3',
  '1.0e3',
  '1.5e3',
  '1e-3',
  '1.e3',
  '.1e4',
  '10e2',
  '08',
  '019',
  '0o17',
  '0o8',
  '0O17',
  '0b101',
  '0b2',
  '-_1',
  '_1',
  '1_000',
  '1__000',
  '1000_',
  '0x_3e8',
  '0b_1',
  '0o_17',
  '-0x3e8',
  '+0x3e8',
  '-0o17',
  '-0b1',
  '-0b0',
  '0x10000000000000000',
  '0xffffffffffffffff',
  '0x7fffffffffffffff',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775808',
  '-9223372036854775809',
  '18446744073709551615',
  '18446744073709551616',
  '1e400',
  '-1e400',
  '4.9e-324',
  '1e-400',
  '.5',
  '5.',
  '-.5',
  '+.5',
  '-5.',
  '1.5',
  '1000.0',
  '1000.5',
  '.inf',
  '.Inf',
  '.INF',
  '-.inf',
  '+.inf',
  '-.Inf',
  '.iNf',
  'inf',
  'Infinity',
  '.nan',
  '.NaN',
  '.NAN',
  '.naN',
  'nan',
  'NaN',
  '1:30',
  '190:20:30',
  '1,000',
  '0x',
  '0o',
  '0b',
  '1e',
  'e3',
  '0xg',
  '1.2.3',
  '"1000"',
  "'0'",
  '"0o0"',
  '0777',
  '0o777',
  '1_0e2',
  '1e1_0',
  '0.5e1',
  '65534',
  '2147483648',
  '-1',
  '1000 # uid',
  '0x3E8 # hex',
  '0 ',
  '- 0',
  '1000e0',
  '1000E-0',
  '1_000.5',
  '0x1p3',
  '0b1e1',
]

/** Booleans and nulls in every spelling go-yaml v2 knows, with near misses. */
export const BOOL_NULL_FORMS = [
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'fALSE',
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'yES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'nO',
  'on',
  'On',
  'ON',
  'oN',
  'off',
  'Off',
  'OFF',
  'oFF',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  '',
  '"true"',
  "'yes'",
  'ture',
  '1',
  '0',
  'yes # c',
  'Y # c',
  'y.',
  'T',
  'F',
  '+',
  '"y"',
  'No ',
  '!!bool y',
  '!!bool on',
]

/** Plain scalars that are not strings for go-yaml v2, written as keys. */
const KEY_FORMS = [
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'NO',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  '~',
  'null',
  'Null',
  'NULL',
  '1',
  '0x1',
  '0o7',
  '0b11',
  '1e3',
  '1.5',
  '-0',
  '.inf',
  '-.inf',
  '.nan',
  '08',
  '1_000',
  '9223372036854775808',
  '0x10000000000000000',
  '2001-12-14',
  '"y"',
  "'on'",
  '!!str y',
  '!!int "7"',
  '!!float 1',
  '!!bool yes',
]

/** Reads one value per form into the integer and boolean fields, each form into two different fields. */
export function numberCases(random: Random): CaseList {
  const list = new CaseList('number')
  for (const form of NUMBER_FORMS) {
    for (const field of random.pickTwo(INTEGER_FIELDS)) list.add(`${field.key}-${form}`, podWithField(list.name(), field, form))
  }
  // A number where a boolean or a string belongs: the value kubectl sends still decides.
  for (const form of ['0', '1', '0x0', '0e0', '1e3', '.inf', '-0']) {
    const field = random.pick(BOOLEAN_FIELDS)
    list.add(`${field.key}-${form}`, podWithField(list.name(), field, form))
  }
  for (const form of ['0', '0o0', '1e3', '0x10000000000000000', '1_000']) {
    list.add(`hostport-${form}`, pod({ name: list.name(), container: `ports:\n- containerPort: 8080\n  hostPort: ${form}` }))
    list.add(`image-${form}`, pod({ name: list.name(), container: `imagePullPolicy: ${form}` }))
  }
  return list
}

/** Every boolean and null spelling as the value of two boolean fields. */
export function boolNullCases(random: Random): CaseList {
  const list = new CaseList('boolnull')
  for (const form of BOOL_NULL_FORMS) {
    for (const field of random.pickTwo(BOOLEAN_FIELDS)) list.add(`${field.key}-${form}`, podWithField(list.name(), field, form))
  }
  for (const form of ['~', 'null', 'NULL', '']) {
    list.add(`seccomp-type-${form}`, pod({ name: list.name(), podSecurityContext: `seccompProfile:\n  type: ${form}` }))
    list.add(`capabilities-${form}`, pod({ name: list.name(), securityContext: `capabilities: ${form}` }))
  }
  return list
}

/** Non-string plain scalars as mapping keys: in free data, nodeSelector and next to real fields. */
export function scalarKeyCases(random: Random): CaseList {
  const list = new CaseList('scalarkey')
  for (const form of KEY_FORMS) {
    const place = random.pick(['data', 'nodeSelector', 'securityContext'] as const)
    if (place === 'data') list.add(`data-${form}`, pod({ name: list.name(), top: `x-data:\n  ${form}: value` }))
    else if (place === 'nodeSelector') list.add(`nodeselector-${form}`, pod({ name: list.name(), spec: `nodeSelector:\n  ${form}: "x"` }))
    else list.add(`securitycontext-${form}`, pod({ name: list.name(), securityContext: `${form}: true\nprivileged: false` }))
  }
  // Keys that resolve to the same string once converted: kubectl's JSON has one key.
  for (const [a, b] of [
    ['y', '"true"'],
    ['on', 'yes'],
    ['1', '0x1'],
    ['~', 'null'],
    ['1.0', '1'],
    ['0o7', '7'],
    ['No', 'off'],
  ]) {
    list.add(`same-${a}-${b}`, pod({ name: list.name(), top: `x-data:\n  ${a}: first\n  ${b}: second` }))
  }
  // Field names that only look like booleans when quoted differently.
  list.add('quoted-key-field', pod({ name: list.name(), spec: '"hostNetwork": true' }))
  list.add('single-quoted-key-field', pod({ name: list.name(), securityContext: "'privileged': true" }))
  return list
}

/** Tags go-yaml v2 knows, tags it does not, on scalars and collections. */
export function tagCases(random: Random): CaseList {
  const list = new CaseList('tag')
  const intValues = [
    '!!int 0',
    '!!int "0"',
    '!!int "0o17"',
    '!!int "1000"',
    '!!int 0x3e8',
    '!!int 1e3',
    '!!int "1_000"',
    '!!int "-0"',
    '!!int abc',
    '!!float 1000',
    '!!float "1000"',
    '!!float 1e3',
    '!!float 0',
    '!!float .inf',
    '!!str 0',
    '!!str 1000',
    '! 1000',
    '! 0',
    '!!null 0',
    '!!null ""',
    '!local 0',
    '!local 1000',
    '!<tag:yaml.org,2002:int> "0"',
    '!<tag:yaml.org,2002:str> 0',
    '!<tag:yaml.org,2002:float> "0"',
    '!<!local> 0',
    '!!binary MTAwMA==',
    '!!timestamp 2001-12-14',
    '!!merge 0',
    '!!python/int 0',
    '!!js/number 0',
    '!!int',
    '!!int ~',
    '!e!int 0',
    '!!Int 0',
  ]
  for (const value of intValues) {
    const field = random.pick(INTEGER_FIELDS)
    list.add(`${field.key}-${value}`, podWithField(list.name(), field, value))
  }
  const boolValues = [
    '!!bool true',
    '!!bool "true"',
    '!!bool yes',
    '!!bool "on"',
    '!!bool 1',
    '!!str true',
    '!!str yes',
    '! true',
    '!local true',
    '!!null true',
    '!!null null',
    '!!null ""',
    '!!binary dHJ1ZQ==',
    '!<tag:yaml.org,2002:bool> "yes"',
    '!!bool ~',
  ]
  for (const value of boolValues) {
    const field = random.pick(BOOLEAN_FIELDS)
    list.add(`${field.key}-${value}`, podWithField(list.name(), field, value))
  }
  const dataValues = [
    '!!binary aGVsbG8=',
    '!!binary |\n    aGVs\n    bG8=',
    '!!timestamp 2001-12-14',
    '!!timestamp 2001-12-14t21:59:43.10-05:00',
    '2001-12-14',
    '2001-12-14 21:59:43.10 -5',
    '!!set {a, b}',
    '!!set\n    ? a\n    ? b',
    '!!omap [a: 1, b: 2]',
    '!!pairs [a: 1, a: 2]',
    '!!seq [a]',
    '!!map {a: b}',
    '!local {a: b}',
    '!local [a]',
    '!!str {a: b}',
    '!!str [a]',
    '!<tag:example.com,2000:x> v',
    '!!float "1e3"',
    '!!str',
    '!!null',
    '!!value =',
    '!!yaml !',
  ]
  for (const value of dataValues) list.add(`data-${value.split('\n')[0]}`, pod({ name: list.name(), top: `x-data:\n  a: ${value}` }))
  // A tag on a whole collection that kubectl reads: the securityContext itself.
  list.add('tagged-securitycontext-map', pod({ name: list.name() }).replace('    securityContext:\n', '    securityContext: !!map\n'))
  list.add('local-tag-securitycontext', pod({ name: list.name() }).replace('    securityContext:\n', '    securityContext: !hardened\n'))
  list.add('tag-directive-shorthand', '%TAG !k! tag:yaml.org,2002:\n---\n' + podWithField(list.name(), { scope: 'spec', key: 'hostNetwork' }, '!k!bool yes'))
  list.add('tag-on-drop-list', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: !!seq\n  - ALL' }))
  list.add('set-as-drop', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: !!set {ALL}' }))
  return list
}

/** Double-quoted escapes, valid and invalid, in fields that change the verdict and in plain data. */
export function escapeCases(random: Random): CaseList {
  const list = new CaseList('escape')
  const escapes = [
    '\\/',
    "\\'",
    '\\x41',
    '\\x4',
    '\\xZZ',
    '\\u00e9',
    '\\u00E9',
    '\\u12',
    '\\uD800',
    '\\uD83D\\uDE00',
    '\\U0001F600',
    '\\U00110000',
    '\\N',
    '\\_',
    '\\L',
    '\\P',
    '\\e',
    '\\0',
    '\\a',
    '\\b',
    '\\t',
    '\\\t',
    '\\v',
    '\\f',
    '\\r',
    '\\n',
    '\\"',
    '\\\\',
    '\\ ',
    '\\q',
    '\\%',
    '\\x00',
    '\\u0000',
  ]
  for (const escape of escapes) {
    const where = random.pick(['image', 'data', 'dnsPolicy'] as const)
    if (where === 'image') list.add(`image-${escape}`, pod({ name: list.name(), container: `workingDir: "/a${escape}b"` }))
    else if (where === 'data') list.add(`data-${escape}`, pod({ name: list.name(), top: `x-data:\n  a: "x${escape}y"` }))
    else list.add(`dnspolicy-${escape}`, pod({ name: list.name(), spec: `dnsPolicy: "Cluster${escape}First"` }))
  }
  // Escapes that spell a value the checks compare against.
  list.add('seccomp-hex', pod({ name: list.name(), podSecurityContext: 'seccompProfile:\n  type: "Runtime\\x44efault"' }))
  list.add('seccomp-unconfined-unicode', pod({ name: list.name(), securityContext: 'seccompProfile:\n  type: "\\u0055nconfined"' }))
  list.add('capability-hex', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: ["\\x41LL"]\n  add: ["NET_\\x52AW"]' }))
  list.add('capability-escaped-slash', pod({ name: list.name(), securityContext: 'capabilities:\n  drop: ["ALL"]\n  add: ["SYS\\_ADMIN"]' }))
  list.add('procmount-unicode', pod({ name: list.name(), securityContext: 'procMount: "Unma\\u0073ked"' }))
  list.add('key-escape', pod({ name: list.name(), spec: '"host\\x4eetwork": true' }))
  list.add('key-escaped-slash', pod({ name: list.name(), securityContext: '"privileged\\/": true' }))
  // Line continuation: an escaped line break joins lines without a space.
  list.add('continuation', pod({ name: list.name(), spec: 'dnsPolicy: "Cluster\\\n  First"' }))
  list.add('continuation-keeps-space', pod({ name: list.name(), top: 'x-data:\n  a: "one \\\n    two"' }))
  list.add('continuation-escaped-space', pod({ name: list.name(), top: 'x-data:\n  a: "one\\\n    \\ two"' }))
  list.add('continuation-in-key', pod({ name: list.name(), spec: '"host\\\n  Network": true' }))
  list.add('single-quoted-backslash', pod({ name: list.name(), top: "x-data:\n  a: 'x\\ny\\u0041'" }))
  list.add('plain-backslash', pod({ name: list.name(), top: 'x-data:\n  a: x\\ny\\"' }))
  return list
}

/** Single-quote escaping and quoting of values that would otherwise resolve. */
export function quoteCases(random: Random): CaseList {
  const list = new CaseList('quote')
  const values = [
    "'it''s'",
    "''",
    "''''",
    "'a''",
    "'''a'''",
    "'a'' b'",
    "'#not a comment'",
    "'a' # c",
    "'true'",
    "'0'",
    "'~'",
    "''''''",
    '"it\'s"',
    '""',
    '"a""',
    '"\'"',
    "'a\"b'",
    "'a\\'",
    "'a\tb'",
    "'a  b'",
    "' a '",
  ]
  for (const value of values) {
    const where = random.pick(['data', 'workingDir'] as const)
    if (where === 'data') list.add(`data-${value}`, pod({ name: list.name(), top: `x-data:\n  a: ${value}` }))
    else list.add(`workingdir-${value}`, pod({ name: list.name(), container: `workingDir: ${value}` }))
  }
  for (const value of ["'true'", '"yes"', "'on'", '"0"', "'0o0'", '"1e3"']) {
    const field = random.pick([...BOOLEAN_FIELDS, ...INTEGER_FIELDS])
    list.add(`${field.key}-${value}`, podWithField(list.name(), field, value))
  }
  return list
}

/** Non-string keys kubectl turns into JSON keys, or refuses. */
export function nonStringKeyCases(random: Random): CaseList {
  const list = new CaseList('nonstringkey')
  const keys = [
    '1',
    '-1',
    '1.5',
    '1.0',
    '1e3',
    '0x10',
    '0o10',
    '0b10',
    '.inf',
    '-.inf',
    '.nan',
    'true',
    'false',
    '~',
    'null',
    '9223372036854775808',
    '2001-12-14',
    '[a]',
    '{a: b}',
    '!!binary aGk=',
    '-0',
    '0.0',
    '1e400',
  ]
  for (const key of keys) {
    const where = random.pick(['annotations', 'labels', 'nodeSelector'] as const)
    const slot = where === 'nodeSelector' ? { spec: `nodeSelector:\n  ${key}: v` } : { metadata: `${where}:\n  ${key}: v` }
    list.add(`${where}-${key}`, pod({ name: list.name(), ...slot }))
  }
  list.add('int-key-in-flow', pod({ name: list.name(), top: 'x-data: {1: a, 2: b}' }))
  list.add('bool-key-in-flow', pod({ name: list.name(), top: 'x-data: {yes: a, no: b}' }))
  return list
}
