/**
 * Who may import what (npm run lint runs `depcruise` with this file). The engine is a pure library:
 * nothing outside packages/engine/src, no package, no node: module. The link codec uses only the
 * engine. Everyone else reaches a package by its name (its src/index.ts), never a file inside it.
 * No module imports itself in a circle. Folder-level circles are checked by scripts/lint/folderCycles.ts,
 * which dependency-cruiser cannot express.
 */

// Tests, the e2e suite and the bench/corpus scripts may reach into a package for a helper its API does not export.
const DEEP_IMPORTS_ALLOWED = ['\\.test\\.tsx?$', '^packages/[^/]+/test/', '^e2e/', '^scripts/']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'The engine runs in Node, the browser and a worker: it imports only its own files (no package, no node: module, no app code).',
      severity: 'error',
      from: { path: '^packages/engine/src/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^packages/engine/src/' },
    },
    {
      name: 'link-uses-only-the-engine',
      comment: 'The permalink codec is pure and shared by the app and the CLI: besides its own files it imports only @secctx/engine.',
      severity: 'error',
      from: { path: '^packages/link/src/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^packages/link/src/', '^packages/engine/src/index\\.ts$'] },
    },
    {
      name: 'packages-by-name-only',
      comment: 'The app, the worker, the CLI and the link codec use a package through its name (@secctx/engine, @secctx/link), i.e. its src/index.ts.',
      severity: 'error',
      from: { path: '^(src|packages/([^/]+))/', pathNot: DEEP_IMPORTS_ALLOWED },
      to: { path: '^packages/[^/]+/src/', pathNot: ['^packages/$2/', '^packages/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'worker-not-store',
      comment: 'The evaluation worker speaks src/workers/protocol/, not the store it serves.',
      severity: 'error',
      from: { path: '^src/workers/' },
      to: { path: '^src/store/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules must not import each other in a circle (type-only imports do not count: they vanish at run time).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too (the engine must not even name a UI type).
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist', '/dist/', '^reports/', '^test-results/', '^packages/secctx/secctx\\.js$', '^public/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
}
