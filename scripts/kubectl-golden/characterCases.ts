/** Cases about single characters: indicators that may or may not start a plain scalar, control and special Unicode characters, long keys. */
import { CaseList, pod, type Random } from './pod'

/** Plain scalars that start with, or contain, a YAML indicator character. */
export function indicatorCases(random: Random): CaseList {
  const list = new CaseList('indicator')
  const values = [
    '@x',
    '`x',
    '%x',
    '!x',
    '&x',
    '*x',
    '|x',
    '>x',
    '?x',
    '? x',
    '-x',
    '- x',
    ':x',
    ': x',
    ',x',
    '[x',
    ']x',
    '{x',
    '}x',
    '#x',
    '"x',
    "'x",
    'x@',
    'x`',
    'x%',
    'x!',
    'x&',
    'x*',
    'x|',
    'x>',
    'x?',
    'x-',
    'x:',
    'x: y',
    'x:y',
    'x,y',
    'x]',
    'x}',
    'x #y',
    'x#y',
    'http://a:b@c/d?e#f',
    '-',
    '--',
    '---',
    '...',
    '.',
    '?',
    ':',
    '=',
    '<<',
    '~x',
    'x~',
    '+',
    '0:0',
    '::',
  ]
  for (const value of values) {
    const where = random.pick(['data', 'workingDir', 'key'] as const)
    if (where === 'data') list.add(`value-${value}`, pod({ name: list.name(), top: `x-data:\n  a: ${value}` }))
    else if (where === 'workingDir') list.add(`workingdir-${value}`, pod({ name: list.name(), container: `workingDir: ${value}` }))
    else list.add(`key-${value}`, pod({ name: list.name(), top: `x-data:\n  ${value}: v` }))
  }
  for (const value of ['x: y', 'a,b', '[x]', '{x}', 'x]', '- x', '@x', '`x', '?x', ':x', '%x']) {
    list.add(`flow-${value}`, pod({ name: list.name(), top: `x-data: [${value}]` }))
  }
  // go-yaml v2 only looks 1024 characters ahead for the ':' of a plain key.
  for (const length of [1000, 1024, 1025, 1100]) {
    list.add(`key-length-${length}`, pod({ name: list.name(), top: `x-data:\n  ${'k'.repeat(length)}: v` }))
    list.add(`quoted-key-length-${length}`, pod({ name: list.name(), top: `x-data:\n  "${'k'.repeat(length - 2)}": v` }))
  }
  list.add('flow-key-length-1100', pod({ name: list.name(), top: `x-data: {${'k'.repeat(1100)}: v}` }))
  list.add('key-spaces-before-colon', pod({ name: list.name(), spec: 'hostNetwork    : true' }))
  list.add('key-value-colon-in-value', pod({ name: list.name(), spec: 'dnsPolicy: a: b' }))
  list.add('key-colon-no-space', pod({ name: list.name(), spec: 'hostNetwork:true' }))
  list.add('sequence-compact-nested', pod({ name: list.name(), top: 'x-data:\n- - a\n  - b\n- - c: d\n    e: f' }))
  list.add('sequence-same-indent-as-key', pod({ name: list.name(), securityContext: 'capabilities:\n  drop:\n  - ALL\n  add:\n    - NET_RAW' }))
  list.add('sequence-less-indented-than-key', pod({ name: list.name() }).replace('        drop:\n        - ALL', '        drop:\n       - ALL'))
  return list
}

/** Control characters, C1 controls, special and astral Unicode characters in keys, plain and quoted scalars. */
export function charsetCases(random: Random): CaseList {
  const list = new CaseList('charset')
  const characters: [string, string][] = [
    ['del', '\u007f'],
    ['esc', '\u001b'],
    ['bell', '\u0007'],
    ['vt', '\u000b'],
    ['ff', '\u000c'],
    ['c1-80', '\u0080'],
    ['c1-9f', '\u009f'],
    ['nbsp', '\u00a0'],
    ['zwsp', '\u200b'],
    ['zwnj', '\u200c'],
    ['bom', '\ufeff'],
    ['fffd', '\ufffd'],
    ['ffff', '\uffff'],
    ['e000', '\ue000'],
    ['emoji', '\u{1F600}'],
    ['cjk', '日本'],
    ['rtl', '\u202e'],
    ['ideographic-space', '\u3000'],
    ['combining', 'e\u0301'],
    ['line-tab', '\u0009'],
  ]
  for (const [label, char] of characters) {
    const where = random.pick(['plain', 'double', 'single', 'key', 'comment'] as const)
    const text = {
      plain: `x-data:\n  a: x${char}y`,
      double: `x-data:\n  a: "x${char}y"`,
      single: `x-data:\n  a: 'x${char}y'`,
      key: `x-data:\n  x${char}y: v`,
      comment: `x-data:\n  a: v # x${char}y`,
    }[where]
    list.add(`${where}-${label}`, pod({ name: list.name(), top: text }))
  }
  list.add('nbsp-as-indentation', pod({ name: list.name(), top: 'x-data:\n\u00a0 a: v' }))
  list.add('nbsp-after-colon', pod({ name: list.name(), spec: 'hostNetwork:\u00a0true' }))
  list.add('ideographic-space-after-value', pod({ name: list.name(), spec: 'hostNetwork: true\u3000' }))
  list.add('zwsp-in-field-name', pod({ name: list.name(), spec: 'host\u200bNetwork: true' }))
  list.add('escaped-bom-in-double', pod({ name: list.name(), top: 'x-data:\n  a: "\\ufeffx"' }))
  return list
}
