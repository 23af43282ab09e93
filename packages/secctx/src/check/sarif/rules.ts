/**
 * The run's rules (`tool.driver.rules`): one per Pod Security check, one per API problem code, one
 * per kind of kubelet outcome and one for unreadable input. A result names its rule by id and index.
 */
import { CHECK_CATALOG, type CheckedLevel, type CheckInfo } from '@secctx/engine'
import { CHECK_WORDS, type CheckWords } from './checkHelp'
import { INPUT_WORDS, KUBELET_WORDS, PROBLEM_WORDS, type KubeletKind, type RuleWords } from './otherHelp'
import type { SarifLevel, SarifRule } from './sarifTypes'

/** The Pod Security Standards page; its only anchors are the levels' sections, where each control's row is. */
const PSS_PAGE = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'

/**
 * GitHub code scanning shows a rule with a `security` tag and a `security-severity` as a security
 * alert of that severity: a baseline failure is a known privilege escalation (high), a restricted one
 * a hardening gap (medium).
 */
const SECURITY_SEVERITY = { baseline: '8.0', restricted: '5.0' } as const

/** The rule id of an API problem code. */
export const problemRuleId = (code: string) => `api/${code}`
/** The rule id of a kind of kubelet outcome. */
export const kubeletRuleId = (kind: KubeletKind) => `kubelet/${kind}`
/** The rule id of unreadable input. */
export const INPUT_RULE_ID = 'input/unreadable'

/** `capabilities_baseline` → `CapabilitiesBaseline`: SARIF's `name` is an identifier for people. */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')
}

/** A sentence ends with a period (SARIF's validator asks that of every message). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The rule of one Pod Security check. */
function checkRule(check: CheckInfo, words: CheckWords): SarifRule {
  const history = [
    `First in policy ${check.since}.`,
    ...check.changes.map((change) => `${change.version}: ${sentence(change.change)}`),
    ...check.replaces.map((replaced) => `Replaces the baseline check ${replaced.check} at the restricted level from ${replaced.since}.`),
  ]
  const text = [
    `${check.id} (Pod Security Standards, ${check.level} level).`,
    words.requirement,
    words.why,
    `How to fix: ${words.fix}`,
    ...(words.fields.length > 0 ? [`Fields: ${words.fields.join(', ')}.`] : []),
    `Policy history: ${history.join(' ')}`,
  ].join('\n\n')
  const markdown = [
    `**${check.id}**, a check of the Pod Security Standards' **${check.level}** level.`,
    words.requirement,
    words.why,
    `**How to fix:** ${words.fix}`,
    ...(words.fields.length > 0
      ? [
          `**Fields** (in a workload they sit under its pod template; \`containers\` stands for init and ephemeral containers too):\n\n${words.fields.map((field) => `- \`${field}\``).join('\n')}`,
        ]
      : []),
    `**Policy history:**\n\n${history.map((line) => `- ${line}`).join('\n')}`,
    `[Pod Security Standards, ${check.level} level](${PSS_PAGE}#${check.level})`,
  ].join('\n\n')
  return {
    id: check.id,
    // Not the id again: SARIF keeps `id` opaque and `name` for people, and the validator warns when they match.
    name: `PodSecurity${pascal(check.id)}`,
    shortDescription: { text: sentence(words.title) },
    fullDescription: { text: `${words.requirement} ${words.why}` },
    help: { text, markdown },
    helpUri: `${PSS_PAGE}#${check.level}`,
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'kubernetes', 'pod-security', check.level],
      level: check.level,
      since: check.since,
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[check.level],
    },
  }
}

function otherRule(id: string, name: string, words: RuleWords, level: SarifLevel, tags: string[]): SarifRule {
  return {
    id,
    name,
    shortDescription: { text: sentence(words.title) },
    fullDescription: { text: words.description },
    help: {
      text: `${words.description}\n\nHow to fix: ${words.fix}`,
      markdown: `${words.description}\n\n**How to fix:** ${words.fix}`,
    },
    defaultConfiguration: { level },
    properties: { tags, precision: 'very-high' },
  }
}

/** The rule of an API problem code; a code without words of its own gets a plain description. */
function problemRule(code: string): SarifRule {
  const words = PROBLEM_WORDS[code] ?? {
    severity: 'error',
    title: `API problem ${code}`,
    description: `The API server rejects the object, or accepts a field that has no effect (problem ${code}); the message says which.`,
    fix: 'Follow the message.',
  }
  return otherRule(problemRuleId(code), `Api${pascal(code)}`, words, words.severity, ['kubernetes', 'api-validation', 'correctness'])
}

/** The rule of a kind of kubelet outcome. */
export function kubeletRule(kind: KubeletKind): SarifRule {
  return otherRule(kubeletRuleId(kind), `Kubelet${pascal(kind)}`, KUBELET_WORDS[kind], kind === 'refused' ? 'error' : 'note', [
    'kubernetes',
    'kubelet',
    'reliability',
  ])
}

/** The rule of unreadable input. */
export function inputRule(): SarifRule {
  return otherRule(INPUT_RULE_ID, 'UnreadableManifest', INPUT_WORDS, 'error', ['kubernetes', 'input'])
}

function fallbackWords(id: string, level: CheckedLevel): CheckWords {
  return {
    title: `Pod Security check ${id} fails`,
    requirement: `The object fails the ${level} check ${id}; the result's message gives upstream's reason.`,
    why: `Pod Security admission refuses it at the ${level} level.`,
    fix: 'Follow the message.',
    fields: [],
  }
}

/** Every rule of a run, by id: all known ones from the start, a problem code the words do not know added when first met. */
export class RuleTable {
  private readonly rules: SarifRule[] = []
  private readonly indices = new Map<string, number>()

  constructor() {
    for (const check of CHECK_CATALOG) {
      // rules.test.ts holds CHECK_WORDS to the catalog; the fallback only keeps the output whole.
      this.add(checkRule(check, CHECK_WORDS[check.id] ?? fallbackWords(check.id, check.level)))
    }
    for (const code of Object.keys(PROBLEM_WORDS)) this.add(problemRule(code))
    for (const kind of Object.keys(KUBELET_WORDS) as KubeletKind[]) this.add(kubeletRule(kind))
    this.add(inputRule())
  }

  private add(rule: SarifRule): number {
    this.rules.push(rule)
    this.indices.set(rule.id, this.rules.length - 1)
    return this.rules.length - 1
  }

  /** The index of the rule `id`, made by `make` when the run has none yet. */
  indexOf(id: string, make: () => SarifRule): number {
    return this.indices.get(id) ?? this.add(make())
  }

  /** The index of a check's rule; a check the catalog does not know (an engine newer than this table) gets a plain rule. */
  checkIndex(id: string, level: CheckedLevel): number {
    return this.indexOf(id, () => checkRule({ id, level, since: 'v1.0', changes: [], replaces: [] }, fallbackWords(id, level)))
  }

  /** The index of an API problem code's rule, made when the code is new. */
  problemIndex(code: string): number {
    return this.indexOf(problemRuleId(code), () => problemRule(code))
  }

  /** Every rule, in index order. */
  all(): readonly SarifRule[] {
    return this.rules
  }
}
