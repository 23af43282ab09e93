// Upstream's own fixtures (test/testdata of k8s.io/pod-security-admission): every pass file must be
// allowed and every fail file denied, at exactly its directory's level and version.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { asRecord, own } from '../util/values'
import { applyApiDefaults, evaluatePodSecurity, evaluatePodSecurityLevels, formatFailures, parsePolicyVersion, UNKNOWN_REASON } from './index'
import { parseManifests } from '../parse'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const fixturesRoot = path.resolve(repoRoot, '../shared/conformance/psa-fixtures')
const EXPECTED_FILES = 4537

// upstream's expectErrorSubstring per fixture prefix; the check id itself when a generator sets none
const SUBSTRINGS: Record<string, string> = {
  allowprivilegeescalation: 'allowPrivilegeEscalation',
  apparmorprofile: 'forbidden AppArmor profile',
  capabilities_baseline: 'capabilities',
  capabilities_restricted: 'unrestricted capabilities',
  hostnamespaces: 'host namespaces',
  hostpathvolumes: 'hostPath',
  hostports: 'hostPort',
  hostprobesandhostlifecycle: 'probe or lifecycle host',
  privileged: 'privileged',
  procmount: 'procMount',
  procmount_restricted: 'procMount',
  restrictedvolumes: 'restricted volume types',
  runasnonroot: 'runAsNonRoot',
  runasuser: 'runAsUser',
  seccompprofile_baseline: 'seccompProfile',
  seccompprofile_restricted: 'seccompProfile',
  selinuxoptions: 'seLinuxOptions',
  sysctls: 'forbidden sysctl',
  windowshostprocess: 'hostProcess',
}

interface Directory {
  level: 'baseline' | 'restricted'
  version: string
  files: { verdict: 'pass' | 'fail'; name: string; file: string }[]
}

function collect(): Directory[] {
  const directories: Directory[] = []
  for (const level of ['baseline', 'restricted'] as const) {
    const versions = readdirSync(path.join(fixturesRoot, level)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    for (const version of versions) {
      const files: Directory['files'] = []
      for (const verdict of ['pass', 'fail'] as const) {
        const folder = path.join(fixturesRoot, level, version, verdict)
        if (!existsSync(folder)) continue
        for (const name of readdirSync(folder)
          .filter((n) => n.endsWith('.yaml'))
          .sort()) {
          files.push({ verdict, name, file: path.join(folder, name) })
        }
      }
      directories.push({ level, version, files })
    }
  }
  return directories
}

/** Returns what is wrong with one fixture's verdict or message, or null when it agrees. */
function mismatch(level: Directory['level'], version: string, entry: Directory['files'][number]): string | null {
  const parsed = parsePolicyVersion(version)
  if (!parsed.ok) return parsed.message
  // Read as kubectl reads the fixture, by the engine's own reader.
  const manifest = asRecord(parseManifests(readFileSync(entry.file, 'utf8')).documents[0]?.value)
  const pod = applyApiDefaults({ metadata: asRecord(own(manifest, 'metadata')), spec: asRecord(own(manifest, 'spec')) }, { isPod: true })
  const failures = evaluatePodSecurity(pod, level, parsed.version)
  // The report evaluates both levels in one pass; it must agree with the per-level evaluation exactly.
  const shared = evaluatePodSecurityLevels(pod, parsed.version)[level]
  if (JSON.stringify(shared) !== JSON.stringify(failures)) return `evaluatePodSecurityLevels disagrees: ${JSON.stringify(shared)}`
  const message = formatFailures(failures)
  if (entry.verdict === 'pass') return message === '' ? null : `expected allowed, got: ${message}`
  if (message === '') return 'expected denied, got allowed'
  if (message.includes(UNKNOWN_REASON)) return `message has "${UNKNOWN_REASON}": ${message}`
  const prefix = entry.name.replace(/\d*\.yaml$/, '')
  const expected = SUBSTRINGS[prefix]
  if (expected === undefined) return `no expected substring for fixture prefix "${prefix}"`
  return message.includes(expected) ? null : `expected "${expected}" in: ${message}`
}

if (!existsSync(fixturesRoot)) {
  describe.skip(`PSA conformance fixtures: skipped, ${fixturesRoot} does not exist (the shared fixture copy sits beside the repository)`, () => {
    test('fixtures present', () => {})
  })
} else {
  const directories = collect()

  describe('PSA conformance fixtures', () => {
    test(`holds all ${EXPECTED_FILES} upstream files, 38 versions per level`, () => {
      expect(directories.reduce((sum, d) => sum + d.files.length, 0)).toBe(EXPECTED_FILES)
      expect(directories.filter((d) => d.level === 'baseline')).toHaveLength(38)
      expect(directories.filter((d) => d.level === 'restricted')).toHaveLength(38)
    })

    for (const { level, version, files } of directories) {
      test(`${level}:${version} (${files.length} files)`, () => {
        const problems = files.flatMap((entry) => {
          const problem = mismatch(level, version, entry)
          return problem ? [`${entry.verdict}/${entry.name}: ${problem}`] : []
        })
        expect(problems).toEqual([])
      })
    }
  })
}
