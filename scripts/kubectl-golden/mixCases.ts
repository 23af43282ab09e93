/**
 * Seeded combinations of the other classes' ingredients in one stream: tricky scalars in several
 * fields at once, block or flow style per mapping, quoted keys, anchors and merges, comments,
 * document markers and line endings, so readings that are right one at a time are also right together.
 */
import { BOOLEAN_FIELDS, CaseList, INTEGER_FIELDS, type Random, type Scope } from './pod'
import { BOOL_NULL_FORMS, NUMBER_FORMS } from './scalarCases'

// Forms that stay one scalar in block and flow style alike (no comment, no leading dash, no trailing space).
const inFlow = (form: string) => form !== '' && !/#|^- |\s$|,|[[\]{}]/.test(form)
// Infinities and NaN make kubectl refuse the whole document (JSON has neither); the number class covers them.
const NUMBERS = NUMBER_FORMS.filter((form) => inFlow(form) && !/inf|nan/i.test(form))
const BOOLEANS = BOOL_NULL_FORMS.filter(inFlow)
const SECCOMP_TYPES = ['RuntimeDefault', '"RuntimeDefault"', 'Unconfined', 'Localhost', '!!str RuntimeDefault', "'Runtime\u0044efault'", 'runtimedefault']
const CAPABILITIES = ['ALL', 'all', '"ALL"', 'NET_RAW', 'SYS_ADMIN', 'CHOWN', 'NET_BIND_SERVICE']
const SEPARATORS = ['---\n', '--- # next\n', '...\n---\n', '---\r\n']

type Entry = [key: string, value: string | Entry[] | string[]]

/** A mapping written in block style at `indent`, or in flow style on the key's line. */
function write(entries: Entry[], indent: number, random: Random, flow = random.next() < 0.25): string {
  if (flow) return `{${entries.map(([key, value]) => `${key}: ${flowValue(value, random)}`).join(', ')}}`
  const pad = ' '.repeat(indent)
  return entries
    .map(([key, value]) => {
      const comment = random.next() < 0.1 ? random.pick([' # c', '  #\tnote', ' # note\u2028']) : ''
      if (typeof value === 'string') return `${pad}${key}: ${value}${comment}`
      if (value.length === 0) return `${pad}${key}: []`
      if (typeof value[0] === 'string') return `${pad}${key}:${comment}\n${(value as string[]).map((item) => `${pad}- ${item}`).join('\n')}`
      const nested = write(value as Entry[], indent + 2, random)
      return nested.startsWith('{') ? `${pad}${key}: ${nested}` : `${pad}${key}:${comment}\n${nested}`
    })
    .join('\n')
}

function flowValue(value: string | Entry[] | string[], random: Random): string {
  if (typeof value === 'string') return value
  if (value.length === 0 || typeof value[0] === 'string') return `[${(value as string[]).join(', ')}]`
  return write(value as Entry[], 0, random, true)
}

function quoteKey(key: string, random: Random): string {
  return random.next() < 0.1 ? random.pick([`"${key}"`, `'${key}'`]) : key
}

/** Entries for the fields of `scope`, each present by chance, with a value from the tricky forms. */
function fields(scope: Scope, random: Random): Entry[] {
  const entries: Entry[] = []
  for (const field of [...BOOLEAN_FIELDS, ...INTEGER_FIELDS].filter((candidate) => candidate.scope === scope)) {
    if (random.next() < 0.45) entries.push([quoteKey(field.key, random), random.pick(INTEGER_FIELDS.includes(field) ? NUMBERS : BOOLEANS)])
  }
  return entries
}

function mixedPod(name: string, random: Random): string {
  const podSecurityContext: Entry[] = [...fields('podSecurityContext', random)]
  if (random.next() < 0.7) podSecurityContext.push(['seccompProfile', [['type', random.pick(SECCOMP_TYPES)]]])
  const securityContext: Entry[] = [...fields('securityContext', random)]
  if (random.next() < 0.7)
    securityContext.push([
      'capabilities',
      [['drop', [random.pick(CAPABILITIES)]], ...(random.next() < 0.3 ? [['add', [random.pick(CAPABILITIES)]] as Entry] : [])],
    ])
  const container: Entry[] = [
    ['name', 'app'],
    ['image', 'registry.k8s.io/pause:3.10'],
  ]
  if (random.next() < 0.2) container.push(['ports', `[{containerPort: 8080, hostPort: ${random.pick(NUMBERS)}}]`])
  const anchored = random.next() < 0.2
  container.push(['securityContext', securityContext])
  const spec: Entry[] = [...fields('spec', random), ['securityContext', podSecurityContext]]
  let text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${write(spec, 2, random, false)}\n  containers:\n  - ${write(container, 4, random, false).trimStart()}\n`
  if (anchored) {
    // The container's securityContext, anchored in x-data and merged in with one override.
    const [key, value] = random.pick(
      [...BOOLEAN_FIELDS, ...INTEGER_FIELDS]
        .filter((field) => field.scope === 'securityContext')
        .map((field): Entry => [field.key, random.pick(BOOLEAN_FIELDS.includes(field) ? BOOLEANS : NUMBERS)]),
    )
    text = text.replace(/\n    securityContext:[^\n]*(\n      [^\n]*)*/, `\n    securityContext:\n      <<: *sc\n      ${key}: ${value}`)
    text = text.replace(
      '\nspec:\n',
      `\nx-data:\n  sc: &sc ${write(securityContext.length ? securityContext : [['privileged', 'true']], 0, random, true)}\nspec:\n`,
    )
  }
  return text
}

/** Streams of one to three mixed Pods, with mixed line endings now and then. */
export function mixCases(random: Random): CaseList {
  const list = new CaseList('mix')
  for (let i = 0; i < 200; i++) {
    const count = 1 + Math.floor(random.next() * 3)
    let text = Array.from({ length: count }, (_, j) => mixedPod(`mix-${i + 1}-${j}`, random))
      .map((pod, j) => (j === 0 ? pod : random.pick(SEPARATORS) + pod))
      .join('')
    const ending = random.next()
    if (ending < 0.1) text = text.replace(/\r?\n/g, '\r\n')
    else if (ending < 0.15) text = text.replace(/\r?\n/g, '\r')
    list.add(`seed-${i + 1}`, text)
  }
  return list
}
