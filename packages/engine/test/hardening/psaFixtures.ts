/**
 * The distinct upstream PSA fixtures as text and data, for seeding the fuzz and metamorphic tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DataMap } from './data'
import { readFixtureYaml } from './fixtureYaml'

/** One distinct fixture: its text, its data and the version its directory names. */
export interface PsaFixture {
  /** `level/version/verdict/name.yaml`, for failure messages. */
  id: string
  version: string
  text: string
  value: DataMap
}

/** The shared upstream fixtures, beside the repository (`/work/shared/conformance/psa-fixtures`). */
export const PSA_FIXTURES_ROOT = fileURLToPath(new URL('../../../../../shared/conformance/psa-fixtures', import.meta.url))

/** Every fixture with distinct text, in a stable order; null when the folder is absent. */
export function loadPsaFixtures(root = PSA_FIXTURES_ROOT): PsaFixture[] | null {
  if (!existsSync(root)) return null
  const seen = new Set<string>()
  const fixtures: PsaFixture[] = []
  for (const level of ['baseline', 'restricted']) {
    if (!existsSync(`${root}/${level}`)) continue
    // Newest versions first, so that the distinct texts carry the versions the app defaults to.
    const versions = readdirSync(`${root}/${level}`).sort((a, b) => Number(b.slice(3)) - Number(a.slice(3)))
    for (const version of versions) {
      for (const verdict of ['pass', 'fail']) {
        const folder = `${root}/${level}/${version}/${verdict}`
        if (!existsSync(folder)) continue
        for (const name of readdirSync(folder)
          .filter((n) => n.endsWith('.yaml'))
          .sort()) {
          const text = readFileSync(`${folder}/${name}`, 'utf8')
          if (seen.has(text)) continue
          seen.add(text)
          fixtures.push({ id: `${level}/${version}/${verdict}/${name}`, version, text, value: readFixtureYaml(text) })
        }
      }
    }
  }
  return fixtures
}
