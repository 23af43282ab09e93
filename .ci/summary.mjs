// Prints "N passed, N failed[, N skipped]" from Vitest's and Playwright's JSON reports.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const [exitStatus, vitestPath, playwrightPath] = process.argv.slice(2)

if (existsSync(vitestPath)) {
  const report = JSON.parse(readFileSync(vitestPath, 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
} else {
  console.log(`no Vitest report at ${vitestPath}`)
}

if (existsSync(playwrightPath)) {
  const stats = JSON.parse(readFileSync(playwrightPath, 'utf8')).stats ?? {}
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  skipped += stats.skipped ?? 0
} else {
  console.log(`no Playwright report at ${playwrightPath}`)
}

// A step outside the runners (type check, build, install) failed: count it, so red is never 0 failed.
if (exitStatus !== '0' && failed === 0) failed = 1

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
