/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { SEED_MANIFEST } from './src/app/seedManifest'

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Fills index.html's static shell with the start-up example, so the first paint (and the largest
 * one) shows the manifest before any script has run.
 */
function seedShell(): Plugin {
  const escaped = SEED_MANIFEST.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const lines = SEED_MANIFEST.split('\n').length
  return {
    name: 'seed-shell',
    transformIndexHtml: (html) => html.replace('<!-- seed-manifest -->', () => escaped).replace('<!-- seed-lines -->', String(lines)),
  }
}

export default defineConfig({
  // Relative base: the built app works from any sub-path of any static host.
  base: './',
  plugins: [react(), seedShell()],
  resolve: {
    alias: {
      // monaco-worker-manager deep-imports a path that monaco-editor >= 0.56 no longer exports.
      'monaco-editor/esm/vs/editor/editor.worker.js': fromRoot('./node_modules/monaco-editor/esm/vs/editor/editor.worker.js'),
      // monaco-yaml's worker bundles prettier for formatting, which the editor turns off: stub it out.
      'prettier/standalone': fromRoot('./src/workers/prettierStub.ts'),
      'prettier/plugins/yaml': fromRoot('./src/workers/prettierStub.ts'),
      'prettier/plugins/estree': fromRoot('./src/workers/prettierStub.ts'),
    },
  },
  // The README and `secctx link` name this address; pin it rather than follow localhost resolution.
  server: { host: '127.0.0.1', port: 5173 },
  worker: { format: 'es' },
  // js-yaml is otherwise discovered late on a cold dev start, which reloads the page mid-load.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js', 'js-yaml'] },
  build: { chunkSizeWarningLimit: 5000 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
  },
})
