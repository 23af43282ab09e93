/**
 * Where a result's file is, as SARIF says it: relative to `%SRCROOT%` (the directory secctx ran
 * in, normally the repository's root in CI) when the file is under it, so GitHub code scanning
 * finds the file in the repository; an absolute `file:` URI otherwise.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { STDIN } from '../../readInput'
import type { SarifArtifactLocation } from './sarifTypes'

/** The base every relative URI is resolved against. */
export const SRCROOT = '%SRCROOT%'

/** The artifact location of `file` (as given on the command line) for a run in `cwd`. */
export function artifactLocation(file: string | null, cwd: string): SarifArtifactLocation {
  if (file === null || file === STDIN) return { uri: STDIN }
  const absolute = resolve(cwd, file)
  const inside = relative(cwd, absolute)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { uri: pathToFileURL(absolute).href }
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT }
}

/** `originalUriBaseIds`: what `%SRCROOT%` stood for in this run, a directory URI ending in `/`. */
export function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href
  return href.endsWith('/') ? href : `${href}/`
}
