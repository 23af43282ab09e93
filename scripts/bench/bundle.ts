/** Rows for the built app's size: gzip (zlib level 9) of the JS loaded before the editor, and of the whole app. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildApp } from './app'
import type { Suite } from './suite'
import { notMeasured } from './suite'
import type { Row } from './table'

const INITIAL_AIM_BYTES = 120 * 1024
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
}

export const bundleSuite: Suite = {
  name: 'bundle',
  async results() {
    const initialName = 'bundle: JS before the editor (gzip -9)'
    const wholeName = 'bundle: whole app JS+CSS+fonts (gzip -9)'
    let dir: string
    try {
      dir = await buildApp()
    } catch (error) {
      return [notMeasured(initialName, `≤ ${kb(INITIAL_AIM_BYTES)}`, error), notMeasured(wholeName, '', error)]
    }
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    // The entry script and the chunks it preloads: what the browser fetches before the lazy YamlEditor chunk.
    const initial = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) =>
      resolve(dir, match[1] ?? match[2]),
    )
    const initialBytes = initial.reduce((sum, file) => sum + gzipped(file), 0)
    const assets = files(join(dir, 'assets')).filter((file) => /\.(js|mjs|css|woff2?|ttf|otf)$/.test(file))
    const perKind = new Map<string, number>()
    for (const file of assets) {
      const kind = file.slice(file.lastIndexOf('.') + 1)
      perKind.set(kind, (perKind.get(kind) ?? 0) + gzipped(file))
    }
    const wholeBytes = [...perKind.values()].reduce((sum, bytes) => sum + bytes, 0)
    const rows: Row[] = [
      {
        name: initialName,
        figure: kb(initialBytes),
        aim: `≤ ${kb(INITIAL_AIM_BYTES)}`,
        met: initialBytes <= INITIAL_AIM_BYTES,
        note: `${initial.length} files: entry + modulepreload from index.html`,
      },
      {
        name: wholeName,
        figure: kb(wholeBytes),
        aim: '',
        note: `${assets.length} files; ${[...perKind].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}`,
      },
    ]
    return rows
  },
}
