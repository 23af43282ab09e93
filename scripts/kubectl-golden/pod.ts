/** The Restricted-compliant Pod every generated case starts from, the fields cases vary, and the seeded choice among them. */

/** Raw YAML lines put into the base Pod; each slot is indented to its place, so its lines start at column 0. */
export interface PodSlots {
  name: string
  /** Under `metadata:`, after `name:`. */
  metadata?: string
  /**
   * Top-level keys after `metadata:`. kubectl keeps unknown top-level keys as they are, while it decodes
   * `metadata` strictly (annotation values must be strings), so this is where cases put arbitrary data.
   */
  top?: string
  /** Under `spec:`, before `securityContext:`. */
  spec?: string
  /** Under `spec.securityContext:`; a key written here replaces the base's key of that name. */
  podSecurityContext?: string
  /** Under the container, before its `securityContext:`. */
  container?: string
  /** Under the container's `securityContext:`; a key written here replaces the base's key of that name. */
  securityContext?: string
}

const BASE_POD_SECURITY_CONTEXT = ['seccompProfile:\n  type: RuntimeDefault']
const BASE_SECURITY_CONTEXT = ['runAsNonRoot: true', 'allowPrivilegeEscalation: false', 'capabilities:\n  drop:\n  - ALL']

/** Indents every line after the first by `indent` spaces (only `\n` starts a line here, so cases keep other breaks raw). */
export function indentLines(text: string, indent: number): string {
  return text.split('\n').join('\n' + ' '.repeat(indent))
}

// A case's own key replaces the base key of that name, so a probe never turns into a duplicate by accident.
function mergeBase(base: readonly string[], own: string | undefined): string[] {
  const ownKeys = new Set(
    (own ?? '')
      .split('\n')
      .map((line) => /^([A-Za-z]+):/.exec(line)?.[1])
      .filter(Boolean),
  )
  const kept = base.filter((entry) => !ownKeys.has(entry.slice(0, entry.indexOf(':'))))
  return own === undefined ? kept : [...kept, own]
}

/** A Pod that meets Restricted unless a slot says otherwise. */
export function pod(slots: PodSlots): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${slots.name}`]
  if (slots.metadata !== undefined) lines.push('  ' + indentLines(slots.metadata, 2))
  if (slots.top !== undefined) lines.push(slots.top)
  lines.push('spec:')
  if (slots.spec !== undefined) lines.push('  ' + indentLines(slots.spec, 2))
  lines.push('  securityContext:')
  for (const entry of mergeBase(BASE_POD_SECURITY_CONTEXT, slots.podSecurityContext)) lines.push('    ' + indentLines(entry, 4))
  lines.push('  containers:', '  - name: app', '    image: registry.k8s.io/pause:3.10')
  if (slots.container !== undefined) lines.push('    ' + indentLines(slots.container, 4))
  lines.push('    securityContext:')
  for (const entry of mergeBase(BASE_SECURITY_CONTEXT, slots.securityContext)) lines.push('      ' + indentLines(entry, 6))
  return lines.join('\n') + '\n'
}

/** Where a probed field lives: spec, the pod's securityContext, the container or the container's securityContext. */
export type Scope = 'spec' | 'podSecurityContext' | 'container' | 'securityContext'

/** A field whose value changes the verdict. */
export interface Field {
  scope: Scope
  key: string
}

/** Boolean fields that Baseline or Restricted judge. */
export const BOOLEAN_FIELDS: readonly Field[] = [
  { scope: 'spec', key: 'hostNetwork' },
  { scope: 'spec', key: 'hostPID' },
  { scope: 'spec', key: 'hostIPC' },
  { scope: 'securityContext', key: 'privileged' },
  { scope: 'securityContext', key: 'allowPrivilegeEscalation' },
  { scope: 'securityContext', key: 'runAsNonRoot' },
  { scope: 'podSecurityContext', key: 'runAsNonRoot' },
]

/** Integer fields that Restricted judges (0 is root). */
export const INTEGER_FIELDS: readonly Field[] = [
  { scope: 'podSecurityContext', key: 'runAsUser' },
  { scope: 'securityContext', key: 'runAsUser' },
  { scope: 'podSecurityContext', key: 'runAsGroup' },
  { scope: 'securityContext', key: 'runAsGroup' },
  { scope: 'podSecurityContext', key: 'fsGroup' },
]

/** A Pod whose field `field` is written as `valueText` (raw YAML after `key: `). */
export function podWithField(name: string, field: Field, valueText: string): string {
  return pod({ name, [field.scope]: `${field.key}: ${valueText}` })
}

/** Indentation of a scope's keys in the base Pod. */
export const SCOPE_INDENT: Readonly<Record<Scope, number>> = { spec: 2, podSecurityContext: 4, container: 4, securityContext: 6 }

/** A small deterministic generator (mulberry32), so the corpus is the same on every run. */
export class Random {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }
  /** Two different items. */
  pickTwo<T>(items: readonly T[]): [T, T] {
    const first = Math.floor(this.next() * items.length)
    const second = (first + 1 + Math.floor(this.next() * (items.length - 1))) % items.length
    return [items[first], items[second]]
  }
}

/** One input of the corpus. */
export interface Case {
  /** The class of issue 9 it exercises; the first part of the file name. */
  kind: string
  /** A few words, made into the rest of the file name. */
  desc: string
  ext: 'yaml' | 'json'
  /** The file's bytes: text is written as UTF-8. */
  content: string | Uint8Array
}

/** Collects cases of one class. */
export class CaseList {
  readonly cases: Case[] = []
  constructor(readonly kind: string) {}
  add(desc: string, content: string | Uint8Array, ext: 'yaml' | 'json' = 'yaml'): void {
    this.cases.push({ kind: this.kind, desc, ext, content })
  }
  /** A unique, valid object name for the next case. */
  name(): string {
    return `${this.kind}-${this.cases.length + 1}`
  }
}
