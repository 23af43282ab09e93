/** The CLI as its package ships it (packages/secctx/build.mjs), for the rows that time `secctx` as users run it. */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BUILD = fileURLToPath(new URL('../../packages/secctx/build.mjs', import.meta.url))

/** The bundled CLI's path; built once per bench run, so a row never times yesterday's bundle. */
export const PACKAGED_CLI = fileURLToPath(new URL('../../packages/secctx/secctx.js', import.meta.url))

let built = false

/** Bundles the CLI (once per run). */
export function buildPackagedCli(): void {
  if (built) return
  const build = spawnSync(process.execPath, [BUILD], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`building packages/secctx failed: ${build.stderr}`)
  built = true
}
