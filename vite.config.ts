/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  // Relative base: the built app works from any sub-path of any static host.
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // monaco-worker-manager deep-imports a path that monaco-editor >= 0.56 no longer exports.
      'monaco-editor/esm/vs/editor/editor.worker.js': fromRoot(
        './node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
      ),
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
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
  },
})
