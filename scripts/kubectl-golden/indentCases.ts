/** Cases about indentation: whole documents indented, uneven siblings, values and items on the next line, wide sequence indicators. */
import { CaseList, pod } from './pod'

/** Indentation that YAML allows in more than one way, and some it does not. */
export function indentCases(): CaseList {
  const list = new CaseList('indent')
  const base = () => pod({ name: list.name() })
  const indented = (text: string, by: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line) => by + line)
      .join('\n') + '\n'
  list.add('whole-document-2-spaces', indented(base(), '  '))
  list.add('whole-document-after-marker', '---\n' + indented(base(), '    '))
  list.add('whole-stream-indented', indented(base(), ' ') + '---\n' + indented(pod({ name: 'second', spec: 'hostPID: true' }), '   '))
  list.add('uneven-siblings-deeper', base().replace('  containers:', '   containers:'))
  list.add('uneven-siblings-shallower', base().replace('    runAsNonRoot: true', '   runAsNonRoot: true'))
  list.add('value-next-line-deeper', pod({ name: list.name(), spec: 'hostNetwork:\n        true' }))
  list.add('value-next-line-same', pod({ name: list.name(), spec: 'hostNetwork:\ntrue' }))
  list.add(
    'mapping-next-line-deeper',
    base()
      .replace('  securityContext:\n    seccompProfile:', '  securityContext:\n          seccompProfile:')
      .replace('      type: RuntimeDefault', '            type: RuntimeDefault'),
  )
  list.add(
    'sequence-item-wide',
    base()
      .replace('  - name: app\n    image', '  -     name: app\n        image')
      .replace(/\n    securityContext:\n((      .*\n)+)/, (_, body: string) => '\n        securityContext:\n' + body.replace(/^ {6}/gm, '          ')),
  )
  list.add('sequence-item-on-next-line', base().replace('  - name: app\n', '  -\n    name: app\n'))
  list.add(
    'sequence-item-next-line-deeper',
    base()
      .replace('  - name: app\n    image: registry.k8s.io/pause:3.10\n', '  -\n      name: app\n      image: registry.k8s.io/pause:3.10\n')
      .replace(/\n    securityContext:\n((      .*\n)+)/, (_, body: string) => '\n      securityContext:\n' + body.replace(/^ {6}/gm, '        ')),
  )
  list.add('nested-sequences', pod({ name: list.name(), top: 'x-data:\n- - - a\n    - b\n  - c\n- d' }))
  list.add('sequence-in-sequence-next-line', pod({ name: list.name(), top: 'x-data:\n-\n  - a\n  -\n    - b' }))
  list.add('comment-odd-indentation', pod({ name: list.name(), spec: '   # odd\nhostPID: false\n # odd\n\t# tab\nhostIPC: false' }))
  list.add('key-back-to-column-0-in-nested', base().replace('spec:\n', 'spec:\n  hostPID: false\nhostPID: true\nspec2:\n'))
  list.add('plain-continuation-less-indented', pod({ name: list.name(), top: 'x-data:\n  a: one\n two' }))
  list.add('plain-continuation-at-key-indent', pod({ name: list.name(), top: 'x-data:\n  a: one\n  two' }))
  list.add('quoted-continuation-at-column-0', pod({ name: list.name(), top: 'x-data:\n  a: "one\ntwo"' }))
  list.add('block-scalar-in-item-with-indicator', pod({ name: list.name(), container: 'args:\n- |2\n    two more\n   one more' }))
  list.add('flow-in-block-item-deeper', pod({ name: list.name(), securityContext: 'capabilities:\n  drop:\n    - [ALL]' }))
  list.add('mapping-after-dash-same-line-then-less', pod({ name: list.name(), top: 'x-data:\n- a: 1\n b: 2' }))
  list.add(
    'containers-item-indented-past-key',
    base()
      .replace('  containers:\n  - name: app', '  containers:\n      - name: app')
      .replace('    image: registry', '        image: registry')
      .replace(/\n    securityContext:\n((      .*\n)+)/, (_, body: string) => '\n        securityContext:\n' + body.replace(/^ {6}/gm, '          ')),
  )
  list.add('trailing-spaces-everywhere', base().replace(/\n/g, '   \n'))
  list.add('blank-lines-with-spaces', base().replace(/\n(?=  \w)/g, '\n      \n'))
  return list
}
