/**
 * Golden files for the effective security context, API problems and Windows mode: each
 * `fixtures/effective/<case>.yaml` runs through the public `evaluate`, and every object's
 * `{ containers, pod, problems, windows }` must equal `<case>.expected.json`.
 * `UPDATE_GOLDEN=1 npx vitest run packages/engine/src/golden.test.ts` rewrites the expected files; review each diff by eye,
 * because the golden files are the specification.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from './index'

const folder = fileURLToPath(new URL('../fixtures/effective/', import.meta.url))
const update = process.env.UPDATE_GOLDEN === '1'
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort()

/** Keys sorted at every depth, so the files diff cleanly whatever order the engine builds objects in. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  )
}

function golden(name: string): unknown {
  const report = evaluate(readFileSync(`${folder}${name}.yaml`, 'utf8'), { file: `${name}.yaml` })
  return sortKeys({
    errors: report.errors,
    objects: report.objects.map(({ kind, name: objectName, containers, pod, problems, windows }) => ({
      kind,
      name: objectName,
      containers,
      pod,
      problems,
      windows,
    })),
  })
}

describe('golden: effective security context, problems and Windows mode', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22)
  })

  it.each(cases)('%s', (name) => {
    const actual = golden(name)
    const expectedFile = `${folder}${name}.expected.json`
    if (update || !existsSync(expectedFile)) {
      if (!update) throw new Error(`${name}.expected.json is missing: run UPDATE_GOLDEN=1 npx vitest run packages/engine/src/golden.test.ts`)
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
      return
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })
})
