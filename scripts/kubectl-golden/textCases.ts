/** Cases about characters and lines: hidden line breaks, line endings, comments, block and multi-line scalars, tabs. */
import { BOOLEAN_FIELDS, CaseList, SCOPE_INDENT, pod, type Random } from './pod'

/** The characters go-yaml v2 treats as line breaks besides CR and LF. */
const HIDDEN_BREAKS: readonly [string, string][] = [
  ['u2028', '\u2028'],
  ['u2029', '\u2029'],
  ['u0085', '\u0085'],
]

/** U+2028, U+2029 and U+0085 in every place issue 9 names, each followed by what would turn a field on. */
export function lineBreakCases(random: Random): CaseList {
  const list = new CaseList('linebreak')
  for (const [label, br] of HIDDEN_BREAKS) {
    for (const field of random.pickTwo(BOOLEAN_FIELDS.filter((f) => f.key !== 'runAsNonRoot' && f.key !== 'allowPrivilegeEscalation'))) {
      const pad = ' '.repeat(SCOPE_INDENT[field.scope])
      const unsafe = `${field.key}: true`
      const other = field.scope === 'spec' ? 'dnsPolicy: ClusterFirst' : 'readOnlyRootFilesystem: false'
      list.add(`${label}-comment-${field.key}`, pod({ name: list.name(), [field.scope]: `${other} # note${br}${pad}${unsafe}` }))
      list.add(`${label}-plain-${field.key}`, pod({ name: list.name(), [field.scope]: `${other}${br}${pad}${unsafe}` }))
      list.add(
        `${label}-single-${field.key}`,
        pod({ name: list.name(), [field.scope]: `${other.split(': ')[0]}: '${other.split(': ')[1]}${br}${pad}${unsafe}'` }),
      )
      list.add(
        `${label}-double-${field.key}`,
        pod({ name: list.name(), [field.scope]: `${other.split(': ')[0]}: "${other.split(': ')[1]}${br}${pad}${unsafe}"` }),
      )
      list.add(`${label}-between-keys-${field.key}`, pod({ name: list.name(), [field.scope]: `${other}${br}${unsafe}` }))
      list.add(`${label}-in-key-${field.key}`, pod({ name: list.name(), [field.scope]: `${field.key.slice(0, 4)}${br}${field.key.slice(4)}: true` }))
    }
    list.add(`${label}-literal-block`, pod({ name: list.name(), top: `x-data:\n  a: |\n    one${br}two\n    three` }))
    list.add(`${label}-folded-block`, pod({ name: list.name(), top: `x-data:\n  a: >\n    one${br}two\n    three` }))
    list.add(`${label}-block-then-key`, pod({ name: list.name(), spec: `dnsPolicy: |\n  ClusterFirst${br}hostNetwork: true` }))
    list.add(`${label}-flow`, pod({ name: list.name(), securityContext: `capabilities: {drop: [ALL],${br}add: [NET_RAW]}` }))
    list.add(`${label}-after-document-marker`, `---${br}` + pod({ name: list.name() }))
    list.add(`${label}-line-counted`, pod({ name: list.name(), top: `x-data:${br}  a: b` }) + 'bad: [\n')
    list.add(`${label}-double-quoted-only`, pod({ name: list.name(), top: `x-data:\n  a: "x${br}y"\n  b: 'x${br}y'` }))
    list.add(`${label}-crlf-neighbour`, pod({ name: list.name(), spec: `dnsPolicy: ClusterFirst #${br}\r\n  hostPID: true` }))
  }
  return list
}

/** Turns LF line endings into `eol`, or into a mix chosen line by line. */
function withEndings(text: string, eol: string | readonly string[], random: Random): string {
  if (typeof eol === 'string') return text.replaceAll('\n', eol)
  return text
    .split('\n')
    .map((line, i, lines) => (i === lines.length - 1 ? line : line + random.pick(eol)))
    .join('')
}

/** CR-only, CRLF and mixed line endings over single documents, streams, block and quoted scalars. */
export function lineEndingCases(random: Random): CaseList {
  const list = new CaseList('eol')
  const bases: [string, string][] = [
    ['pod', pod({ name: 'eol', spec: 'hostNetwork: false' })],
    ['stream', pod({ name: 'first' }) + '---\n' + pod({ name: 'second', spec: 'hostPID: true' })],
    ['stream-dots', pod({ name: 'first' }) + '...\n' + pod({ name: 'second', spec: 'hostPID: true' })],
    ['literal', pod({ name: 'literal', top: 'x-data:\n  a: |\n    one\n    two\n\n  b: >\n    three\n    four' })],
    ['quoted', pod({ name: 'quoted', top: 'x-data:\n  a: "one\n    two"\n  b: \'three\n    four\'' })],
    ['comment-then-field', pod({ name: 'comments', spec: '# hostNetwork: false\nhostNetwork: true' })],
    ['flow', pod({ name: 'flow', securityContext: 'capabilities: {\n  drop: [\n    ALL\n  ]\n}' })],
    ['continuation', pod({ name: 'cont', spec: 'dnsPolicy: "Cluster\\\n  First"' })],
  ]
  for (const [desc, text] of bases) {
    list.add(`${desc}-cr`, withEndings(text, '\r', random))
    list.add(`${desc}-crlf`, withEndings(text, '\r\n', random))
    list.add(`${desc}-mixed`, withEndings(text, ['\n', '\r\n', '\r'], random))
    list.add(`${desc}-lfcr`, withEndings(text, '\n\r', random))
  }
  list.add('cr-before-marker', pod({ name: 'first' }).trimEnd() + '\r---\r' + pod({ name: 'second', spec: 'hostIPC: true' }))
  list.add('cr-in-comment', pod({ name: list.name(), spec: 'dnsPolicy: ClusterFirst # note\r  hostNetwork: true' }))
  list.add('no-final-newline', pod({ name: list.name() }).trimEnd())
  list.add('no-final-newline-cr', withEndings(pod({ name: list.name() }).trimEnd(), '\r', random))
  return list
}

/** Comments right after scalars and collections, in odd places, and `#` that is not a comment. */
export function commentCases(random: Random): CaseList {
  const list = new CaseList('comment')
  const values = [
    '"x"#c',
    '"x" #c',
    "'x'#c",
    'x#c',
    'x #c',
    'x\t#c',
    '[a]#c',
    '[a] #c',
    '{a: b}#c',
    '{a: b} #c',
    '"x"# c',
    '#c',
    '"#c"',
    'a # b # c',
    'http://x#frag',
  ]
  for (const value of values) {
    const where = random.pick(['data', 'workingDir'] as const)
    if (where === 'data') list.add(`data-${value}`, pod({ name: list.name(), top: `x-data:\n  a: ${value}` }))
    else list.add(`workingdir-${value}`, pod({ name: list.name(), container: `workingDir: ${value}` }))
  }
  list.add('quoted-bool-then-comment', pod({ name: list.name(), spec: 'hostNetwork: "false"#c' }))
  list.add('flow-then-comment-then-field', pod({ name: list.name(), securityContext: 'capabilities: {drop: [ALL]}#c\nprivileged: true' }))
  list.add(
    'comment-column-0-in-block',
    pod({ name: list.name(), securityContext: 'privileged: false\n# privileged: true\nreadOnlyRootFilesystem: true' }).replace(
      '      # privileged',
      '# privileged',
    ),
  )
  list.add(
    'comment-between-items',
    pod({ name: list.name(), securityContext: 'capabilities:\n  drop:\n  # keep ALL\n  - ALL\n  # - NET_RAW\n  add:\n  - CHOWN # fine' }),
  )
  list.add('comment-after-block-indicator', pod({ name: list.name(), top: 'x-data:\n  a: | # note\n    text' }))
  list.add('hash-inside-block', pod({ name: list.name(), top: 'x-data:\n  a: |\n    # not a comment\n    text' }))
  list.add('comment-after-key', pod({ name: list.name(), spec: 'hostPID: # set below\n  true' }))
  list.add('comment-after-dash', pod({ name: list.name(), securityContext: 'capabilities:\n  drop:\n  - # the one\n    ALL' }))
  list.add('comment-only-value', pod({ name: list.name(), securityContext: 'privileged: #true' }))
  list.add('comment-after-anchor', pod({ name: list.name(), top: 'x-data:\n  a: &x #c\n    v' }))
  return list
}

/** Block scalars with every header: chomping, indentation indicators, trailing and leading blank lines, more-indented lines. */
export function blockScalarCases(random: Random): CaseList {
  const list = new CaseList('blockscalar')
  const headers = ['|', '>', '|-', '|+', '>-', '>+', '|2', '>2', '|1', '|2-', '|-2', '>+1', '|9', '|0', '| ', '|#c']
  const bodies = ['one\ntwo', 'one\n\ntwo\n\n', '  indented\nback', 'one\n  more\nback\n', '\n\nlead', 'tab\there']
  for (const header of headers) {
    const body = random.pick(bodies)
    list.add(
      `data-${header}`,
      pod({
        name: list.name(),
        top: `x-data:\n  a: ${header}\n${body
          .split('\n')
          .map((line) => (line ? '    ' + line : ''))
          .join('\n')}\n  b: after`,
      }),
    )
  }
  list.add('bool-as-literal', pod({ name: list.name(), spec: 'hostNetwork: |\n  true' }))
  list.add('bool-as-stripped-literal', pod({ name: list.name(), spec: 'hostNetwork: |-\n  true' }))
  list.add('int-as-folded', pod({ name: list.name(), podSecurityContext: 'runAsUser: >-\n  0' }))
  list.add('seccomp-folded', pod({ name: list.name(), podSecurityContext: 'seccompProfile:\n  type: >-\n    Runtime\n    Default' }))
  list.add('args-literal', pod({ name: list.name(), container: 'command: ["sh", "-c"]\nargs:\n- |\n  set -e\n  echo "$HOME"\n\n  exit 0' }))
  list.add('folded-more-indented', pod({ name: list.name(), top: 'x-data:\n  a: >\n    one\n    two\n      more\n      lines\n    three' }))
  list.add('keep-at-end-of-document', pod({ name: list.name() }) + '  x-data:\n    a: |+\n      kept\n\n\n')
  list.add('keep-before-marker', pod({ name: list.name(), top: 'x-data:\n  a: |+\n    kept\n\n' }) + '---\n' + pod({ name: 'second' }))
  list.add('less-indented-first-line', pod({ name: list.name(), top: 'x-data:\n  a: |\n      deep\n    shallow' }))
  list.add('spaces-only-lines', pod({ name: list.name(), top: 'x-data:\n  a: |\n    one\n      \n    two' }))
  list.add('empty-block', pod({ name: list.name(), top: 'x-data:\n  a: |\n  b: x' }))
  list.add('indicator-too-small', pod({ name: list.name(), top: 'x-data:\n  a: |1\n    one\n   two' }))
  list.add('block-in-sequence', pod({ name: list.name(), container: 'args:\n- >\n  folded\n  arg\n- |-\n  literal' }))
  return list
}

/** Plain and quoted scalars over several lines, folded into one. */
export function multiLineCases(random: Random): CaseList {
  const list = new CaseList('multiline')
  const values = [
    'one\n    two',
    'one\n\n    two',
    'one\n    two\n\n\n    three',
    '"one\n    two"',
    '"one\n\n    two"',
    '"one \n    two"',
    "'one\n    two'",
    "'one\n\n    two'",
    '"one\\n\n    two"',
    'one\n    # not a comment?\n    two',
    'one\n    - two',
    'one\n    two: three',
    '"a\n  b"',
  ]
  for (const value of values) list.add(`data-${value.split('\n')[0]}`, pod({ name: list.name(), top: `x-data:\n  a: ${value}` }))
  const field = random.pick(BOOLEAN_FIELDS)
  list.add(`value-next-line-${field.key}`, pod({ name: list.name(), [field.scope]: `${field.key}:\n  yes` }))
  list.add('value-next-line-int', pod({ name: list.name(), podSecurityContext: 'runAsUser:\n  0' }))
  list.add('plain-two-lines-bool', pod({ name: list.name(), spec: 'hostNetwork: true\n  false' }))
  list.add('plain-two-lines-int', pod({ name: list.name(), podSecurityContext: 'runAsUser: 0\n  1' }))
  list.add('seccomp-split', pod({ name: list.name(), podSecurityContext: 'seccompProfile:\n  type: Runtime\n    Default' }))
  list.add('multi-line-key', pod({ name: list.name(), top: 'x-data:\n  a\n  b: c' }))
  list.add('quoted-multi-line-key', pod({ name: list.name(), top: 'x-data:\n  "a\n  b": c' }))
  return list
}

/** Tabs as indentation, as separators, in flow, in quotes and in block scalars. */
export function tabCases(): CaseList {
  const list = new CaseList('tab')
  list.add('tab-after-colon', pod({ name: list.name(), spec: 'hostNetwork:\ttrue' }))
  list.add('tab-before-value-and-comment', pod({ name: list.name(), spec: 'hostPID: true\t# c' }))
  list.add('tab-indentation', pod({ name: list.name() }).replace('  hostIPC', '\thostIPC').replace('spec:\n', 'spec:\n\thostIPC: true\n'))
  list.add('tab-indentation-of-key', pod({ name: list.name() }).replace('spec:\n', 'spec:\n  hostIPC: false\n \thostPID: true\n'))
  list.add('tab-in-flow', pod({ name: list.name(), securityContext: 'capabilities: {drop:\t[ALL],\tadd: [NET_RAW]}' }))
  list.add('tab-in-double-quotes', pod({ name: list.name(), top: 'x-data:\n  a: "x\ty"' }))
  list.add('tab-in-single-quotes', pod({ name: list.name(), top: "x-data:\n  a: 'x\ty'" }))
  list.add('tab-in-plain', pod({ name: list.name(), top: 'x-data:\n  a: x\ty' }))
  list.add('tab-trailing-plain', pod({ name: list.name(), top: 'x-data:\n  a: x\t' }))
  list.add('tab-in-literal', pod({ name: list.name(), top: 'x-data:\n  a: |\n    \tx\n    y' }))
  list.add('tab-only-line', pod({ name: list.name(), spec: 'hostPID: false\n\t\nhostIPC: false' }))
  list.add('tab-before-dash-item', pod({ name: list.name(), securityContext: 'capabilities:\n  drop:\n  -\tALL' }))
  list.add('tab-after-dash-indent', pod({ name: list.name() }).replace('  - name: app', '  -\tname: app'))
  list.add('tab-continuation-line', pod({ name: list.name(), top: 'x-data:\n  a: one\n\ttwo' }))
  list.add('tab-before-colon', pod({ name: list.name(), spec: 'hostNetwork\t: true' }))
  return list
}
