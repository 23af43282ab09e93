/**
 * The distinct upstream PSA fixtures as text and data, for seeding the fuzz and metamorphic tests.
 * File access is passed in: this folder is type-checked with the engine, which has no Node types.
 */
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

/** The file system calls the loader needs. */
export interface FixtureFs {
  exists(path: string): boolean
  list(path: string): string[]
  read(path: string): string
}

/** Every fixture with distinct text, in a stable order; null when the folder is absent. */
export function loadPsaFixtures(root: string, fs: FixtureFs): PsaFixture[] | null {
  if (!fs.exists(root)) return null
  const seen = new Set<string>()
  const fixtures: PsaFixture[] = []
  for (const level of ['baseline', 'restricted']) {
    if (!fs.exists(`${root}/${level}`)) continue
    // Newest versions first, so that the distinct texts carry the versions the app defaults to.
    const versions = fs.list(`${root}/${level}`).sort((a, b) => Number(b.slice(3)) - Number(a.slice(3)))
    for (const version of versions) {
      for (const verdict of ['pass', 'fail']) {
        const folder = `${root}/${level}/${version}/${verdict}`
        if (!fs.exists(folder)) continue
        for (const name of fs.list(folder).filter((n) => n.endsWith('.yaml')).sort()) {
          const text = fs.read(`${folder}/${name}`)
          if (seen.has(text)) continue
          seen.add(text)
          fixtures.push({ id: `${level}/${version}/${verdict}/${name}`, version, text, value: readFixtureYaml(text) })
        }
      }
    }
  }
  return fixtures
}
