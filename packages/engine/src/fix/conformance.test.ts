// Every upstream fail fixture (test/testdata of k8s.io/pod-security-admission), fixed at its own
// level and version: the result must be allowed there, hold the same objects and containers, keep
// every comment, and be a fixed point (fixing it again changes nothing).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { evaluate, type Report } from '../index'
import { fixManifest } from './index'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const fixturesRoot = path.resolve(repoRoot, '../shared/conformance/psa-fixtures')
const FAIL_FILES = 3486

/** The objects and containers of a report, to compare before and after a fix. */
function shapeOf(report: Report): string[] {
  return report.objects.map((o) => `${o.document}/${o.item} ${o.kind} ${o.name}: ${o.containers.map((c) => `${c.type}:${c.name}`).join(',')}`)
}

/** Every YAML comment of a text that stands on its own or after a value (a `#` after a blank), in order. */
function commentsOf(text: string): string[] {
  return text.match(/(?:^|[ \t])#[^\r\n]*/gm)?.map((c) => c.trim()) ?? []
}

/** What is wrong with fixing one fixture, or null. */
function fixProblem(level: 'baseline' | 'restricted', version: string, text: string): string | null {
  const fixed = fixManifest(text, { level, version })
  const after = evaluate(fixed.text, { version })
  const before = evaluate(text, { version })
  if (after.errors.length > 0) return `unreadable: ${after.errors[0].message}`
  const denied = after.objects.find((o) => !o.levels[level].allowed)
  if (denied) return `still denied: ${denied.levels[level].message}; unfixable: ${JSON.stringify(fixed.objects.flatMap((o) => o.unfixable))}`
  if (JSON.stringify(shapeOf(after)) !== JSON.stringify(shapeOf(before))) return `objects changed: ${shapeOf(after).join('; ')}`
  const lost = commentsOf(text).filter((c) => !commentsOf(fixed.text).includes(c))
  if (lost.length > 0) return `comments lost: ${lost.join(' ')}`
  if (fixManifest(fixed.text, { level, version }).text !== fixed.text) return 'fixing again changes the text'
  return null
}

if (!existsSync(fixturesRoot)) {
  describe.skip(`fix conformance: skipped, ${fixturesRoot} does not exist`, () => {
    test('fixtures present', () => {})
  })
} else {
  const folders = (['baseline', 'restricted'] as const)
    .flatMap((level) =>
      readdirSync(path.join(fixturesRoot, level)).map((version) => ({ level, version, folder: path.join(fixturesRoot, level, version, 'fail') })),
    )
    .filter((f) => existsSync(f.folder))

  describe('secctx fix on every upstream fail fixture', () => {
    test(`covers all ${FAIL_FILES} fail files`, () => {
      expect(folders.reduce((sum, f) => sum + readdirSync(f.folder).length, 0)).toBe(FAIL_FILES)
    })

    for (const { level, version, folder } of folders) {
      test(`${level}:${version}`, () => {
        const problems = readdirSync(folder)
          .sort()
          .flatMap((name) => {
            const problem = fixProblem(level, version, readFileSync(path.join(folder, name), 'utf8'))
            return problem ? [`${name}: ${problem}`] : []
          })
        expect(problems).toEqual([])
      })
    }
  })
}
