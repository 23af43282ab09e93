// Bundles the CLI and the engine into one dependency-free file, so the package installs and starts
// without TypeScript, tsx or any of the app's packages (`npm pack` runs this as its prepack step).
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

await build({
  entryPoints: [here('./src/entry.ts')],
  outfile: here('secctx.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
})
