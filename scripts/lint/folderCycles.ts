/**
 * Folder-level cycle check (npm run lint), which dependency-cruiser's module rules cannot express:
 * two folders whose files import each other, even with no module cycle, are one component in two
 * places. An import's folder edge is taken where the two paths part (src/a/x/f.ts → src/a/y/g.ts is
 * a/x → a/y); a file importing from its own folder's subfolder or parent makes no edge. Tests are left
 * out: an integration test may sit in either of the folders it exercises.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The source roots checked, each on its own (packages reach each other by name, not by path). */
export const ROOTS = ['src', 'packages/engine/src', 'packages/link/src', 'packages/secctx/src']

/** One import between two folders, as evidence for an edge. */
export interface FolderImport {
  from: string
  to: string
}

/** The module specifiers of a TypeScript file's static imports, re-exports and dynamic imports. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!)
}

/** The folder edge of an import from `from` to `to` (paths relative to the root), or null when there is none. */
export function folderEdge(from: string, to: string): [string, string] | null {
  const a = from.split('/').slice(0, -1)
  const b = to.split('/').slice(0, -1)
  let common = 0
  while (common < a.length && common < b.length && a[common] === b[common]) common++
  if (common === a.length || common === b.length) return null
  return [a.slice(0, common + 1).join('/'), b.slice(0, common + 1).join('/')]
}

/** The folders in each circle (strongly connected component of two or more), each list sorted. */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node)
  return cycles
}

/** Every folder edge under `root` with the imports behind it, keyed `from -> to`. */
export function folderImports(root: string): Map<string, FolderImport[]> {
  const found = new Map<string, FolderImport[]>()
  for (const file of sourceFiles(root)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue
      const target = resolveSource(resolve(dirname(file), specifier))
      if (target === null || relative(root, target).startsWith('..')) continue
      const edge = folderEdge(relative(root, file), relative(root, target))
      if (edge === null) continue
      const key = edge.join(' -> ')
      found.set(key, [...(found.get(key) ?? []), { from: relative(root, file), to: relative(root, target) }])
    }
  }
  return found
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function resolveSource(path: string): string | null {
  const bare = path.replace(/\.js$/, '')
  for (const candidate of [path, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts'), join(bare, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** Prints every folder circle under the roots with the imports that make it; exit status 1 when there is one. */
function main(): number {
  let failed = false
  for (const root of ROOTS) {
    const imports = folderImports(root)
    const edges = new Map<string, Set<string>>()
    for (const key of imports.keys()) {
      const [from, to] = key.split(' -> ') as [string, string]
      edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
    for (const cycle of findCycles(edges)) {
      failed = true
      console.error(`${root}: folders import each other in a circle: ${cycle.join(', ')}`)
      for (const [key, list] of imports) {
        const [from, to] = key.split(' -> ') as [string, string]
        if (cycle.includes(from) && cycle.includes(to)) console.error(`  ${key}: ${list.map((i) => `${i.from} → ${i.to}`).join('; ')}`)
      }
    }
  }
  if (!failed) console.log(`folder cycles: none (${ROOTS.join(', ')})`)
  return failed ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main()
