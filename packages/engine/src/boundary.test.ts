// The engine must run in Node, the browser and a worker, so it may import no package (its YAML
// reader is its own), nothing outside packages/engine/src, and touch no browser global. The DOM-free tsconfig catches
// globals at type-check time; this test also catches imports that type-check fine.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const engineRoot = dirname(fileURLToPath(import.meta.url))
const BROWSER_GLOBALS = /\b(window|localStorage|sessionStorage|navigator|globalThis\.document)\s*\./

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2])
}

describe('engine boundary', () => {
  const files = sourceFiles(engineRoot)

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it('imports only engine files, no package, and uses no browser global', () => {
    const offences: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const name = relative(engineRoot, file)
      for (const specifier of importsOf(text)) {
        if (specifier.startsWith('.')) {
          if (relative(engineRoot, resolve(dirname(file), specifier)).startsWith('..')) offences.push(`${name}: leaves the engine: ${specifier}`)
        } else {
          offences.push(`${name}: imports ${specifier}`)
        }
      }
      if (BROWSER_GLOBALS.test(text)) offences.push(`${name}: uses a browser global`)
    }
    expect(offences).toEqual([])
  })

  it('would catch a UI import', () => {
    expect(importsOf("import { create } from 'zustand'\n")).toEqual(['zustand'])
    expect(importsOf("export { x } from 'react-dom/client'\nconst m = import('monaco-editor')\n")).toEqual(['react-dom/client', 'monaco-editor'])
  })
})
