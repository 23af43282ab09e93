import { describe, expect, it } from 'vitest'
import { BASELINE_CAPABILITIES, CHECK_CATALOG, evaluate } from '@secctx/engine'
import { CHECK_WORDS } from './checkHelp'
import { KUBELET_WORDS, PROBLEM_WORDS } from './otherHelp'
import { RuleTable, problemRuleId } from './rules'

describe('SARIF rules', () => {
  it('has words for exactly the checks the engine runs', () => {
    expect(Object.keys(CHECK_WORDS).sort()).toEqual(CHECK_CATALOG.map((check) => check.id).sort())
  })

  it("lists exactly the capabilities the engine's baseline check allows", () => {
    const named = CHECK_WORDS.capabilities_baseline.requirement.match(/\b[A-Z][A-Z_]+[A-Z]\b/g) ?? []
    const failing = (add: readonly string[]) => {
      const pod = { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'i', securityContext: { capabilities: { add } } }] } }
      const checks = evaluate(JSON.stringify(pod)).objects[0]!.levels.baseline.violations.map((violation) => violation.check)
      return checks.includes('capabilities_baseline')
    }
    expect(named).toEqual([...BASELINE_CAPABILITIES])
    expect(failing(named)).toBe(false)
    for (const other of ['SYS_ADMIN', 'NET_RAW', 'NET_ADMIN', 'CAP_CHOWN', 'chown']) expect(failing([...named, other])).toBe(true)
  })

  it('starts with one rule per Pod Security check, in upstream order, with its level, help and anchor', () => {
    const rules = new RuleTable().all()
    expect(rules.slice(0, CHECK_CATALOG.length).map((rule) => rule.id)).toEqual(CHECK_CATALOG.map((check) => check.id))
    for (const check of CHECK_CATALOG) {
      const rule = rules.find((each) => each.id === check.id)
      expect(rule?.properties).toMatchObject({ level: check.level, since: check.since, tags: expect.arrayContaining(['security', check.level]) })
      expect(rule?.helpUri).toBe(`https://kubernetes.io/docs/concepts/security/pod-security-standards/#${check.level}`)
      expect(rule?.name).not.toBe(check.id)
      expect(rule?.help.text).toContain(CHECK_WORDS[check.id].fix)
      expect(rule?.help.markdown).toContain(`**${check.id}**`)
      for (const change of check.changes) expect(rule?.help.markdown).toContain(change.version)
    }
    // A baseline failure is a known privilege escalation: GitHub shows it as a high-severity alert.
    expect(rules.find((rule) => rule.id === 'privileged')?.properties['security-severity']).toBe('8.0')
    expect(rules.find((rule) => rule.id === 'runAsNonRoot')?.properties['security-severity']).toBe('5.0')
  })

  it('has a rule for every known API problem code, kubelet outcome and unreadable input, each id once', () => {
    const rules = new RuleTable().all()
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const code of Object.keys(PROBLEM_WORDS)) expect(ids).toContain(problemRuleId(code))
    for (const kind of Object.keys(KUBELET_WORDS)) expect(ids).toContain(`kubelet/${kind}`)
    expect(ids).toContain('input/unreadable')
    // GitHub keeps 10 tags of a rule and rejects a run whose rules have more than 20.
    for (const rule of rules) expect(rule.properties.tags.length).toBeLessThanOrEqual(10)
    for (const rule of rules) expect(rule.shortDescription.text).toMatch(/\.$/)
  })

  it('adds a rule for a problem code it has no words for, after the known ones, once', () => {
    const table = new RuleTable()
    const known = table.all().length
    const index = table.problemIndex('some-new-code')
    expect(index).toBe(known)
    expect(table.problemIndex('some-new-code')).toBe(known)
    expect(table.all()[index]).toMatchObject({ id: 'api/some-new-code', defaultConfiguration: { level: 'error' } })
    expect(table.problemIndex('duplicate-key')).toBe(table.all().findIndex((rule) => rule.id === 'api/duplicate-key'))
  })
})
