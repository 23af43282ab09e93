/**
 * Runs kubectl on every case of the corpus and writes what it read to fixtures/kubectl-read/golden/<case>.json:
 * `{"ok": true, "objects": [...]}`, or `{"ok": false, "objects": [...read before the error], "error": "..."}`.
 * `npx tsx scripts/kubectl-golden/record.ts [name-prefix…]`; KUBECTL overrides the binary (kubectl 1.32 by default).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CASES_DIR, GOLDEN_DIR, goldenName } from './paths'

const KUBECTL = process.env.KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.32'

/** kubectl's reading of one case. */
type Golden = { ok: true; objects: unknown[] } | { ok: false; objects: unknown[]; error: string }

/** Splits kubectl's output, pretty JSON objects one after another, into values. */
function splitJsonStream(text: string): unknown[] {
  const values: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') {
      if (depth++ === 0) start = i
    } else if ((char === '}' || char === ']') && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)))
  }
  return values
}

function record(file: string): Golden {
  // Run from the cases folder with a bare file name, so the path kubectl quotes is just that name.
  const run = spawnSync(KUBECTL, ['label', '--local', '-f', file, 'x-', '-o', 'json'], {
    cwd: CASES_DIR,
    env: { ...process.env, KUBECONFIG: '/dev/null' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 28,
  })
  if (run.error) throw run.error
  const objects = splitJsonStream(run.stdout)
  if (run.status === 0) return { ok: true, objects }
  const message = run.stderr
    .trim()
    .replace(/^error: /, '')
    .replace(` "${file}"`, '')
    .replace(` ${file}`, '')
  return { ok: false, objects, error: message }
}

function main(): void {
  const prefixes = process.argv.slice(2)
  mkdirSync(GOLDEN_DIR, { recursive: true })
  const cases = readdirSync(CASES_DIR).filter((file) => prefixes.length === 0 || prefixes.some((prefix) => file.startsWith(prefix)))
  if (prefixes.length === 0) {
    // A full run drops the goldens of cases that no longer exist.
    const names = new Set(cases.map(goldenName))
    for (const golden of readdirSync(GOLDEN_DIR)) if (!names.has(golden)) rmSync(join(GOLDEN_DIR, golden))
  }
  let failed = 0
  for (const file of cases) {
    const golden = record(file)
    if (!golden.ok) failed++
    writeFileSync(join(GOLDEN_DIR, goldenName(file)), JSON.stringify(golden, null, 1) + '\n')
  }
  console.log(`${cases.length} cases recorded with ${KUBECTL}; kubectl refused ${failed}`)
}

main()
