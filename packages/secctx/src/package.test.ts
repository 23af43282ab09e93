// The CLI as users get it: `npm pack` of packages/secctx (its prepack bundles CLI and engine into one
// file), installed from the tarball into an empty folder with no registry, run through npx.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'secctx-package-'))
const app = join(work, 'app')
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, timeout: 120_000 })

/** Bytes under a folder, files only. */
function sizeOf(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name)
    return sum + (entry.isDirectory() ? sizeOf(path) : statSync(path).size)
  }, 0)
}

describe('the secctx package', () => {
  beforeAll(() => {
    const packed = run('npm', ['pack', '--pack-destination', work, '--silent'], packageDir)
    expect(packed.status, packed.stderr).toBe(0)
    mkdirSync(app)
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, 'secctx-0.1.0.tgz')], app)
    expect(installed.status, installed.stderr).toBe(0)
  }, 180_000)

  it('installs on its own, with no dependency, in well under 10 MB', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['secctx'])
    expect(sizeOf(join(app, 'node_modules'))).toBeLessThan(10 * 1024 * 1024)
  })

  it('runs as npx secctx: verdicts, exit statuses and JSON as in the checkout', () => {
    writeFileSync(
      join(app, 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: a, image: b, securityContext: {runAsUser: 0o0}}]\n',
    )
    const text = run('npx', ['--no', 'secctx', 'check', '--level', 'baseline', 'pod.yaml'], app)
    expect(text.status, text.stderr).toBe(1)
    expect(text.stdout).toMatch(/^summary {2}1 object \(0 restricted, 0 baseline, 1 privileged\)/m)
    const json = run('npx', ['--no', 'secctx', 'check', '--format', 'json', 'pod.yaml'], app)
    expect(json.status, json.stderr).toBe(0)
    const report = JSON.parse(json.stdout)
    expect(report.objects[0]).toMatchObject({ name: 'p', highestLevel: 'privileged' })
    // 0o0 is root as kubectl reads it: the bundled reader is the engine's.
    expect(report.objects[0].containers[0].effective.runAsUser.value).toBe(0)
    expect(run('npx', ['--no', 'secctx', 'check', 'missing.yaml'], app).status).toBe(2)
  })
})
