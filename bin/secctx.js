#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the engine ships as source with no build step.
// It passes no worker threads, so SECCTX_THREADS is ignored here: a worker thread starts a file it
// can run without tsx, which only the bundled entry is (node packages/secctx/build.mjs, then
// node packages/secctx/secctx.js).
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../packages/secctx/src/main.ts')
process.exitCode = await main(process.argv.slice(2))
