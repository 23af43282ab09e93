#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the engine ships as source with no build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../packages/secctx/src/main.ts')
process.exitCode = await main(process.argv.slice(2))
