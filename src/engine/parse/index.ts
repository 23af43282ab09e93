/** YAML/JSON text → documents with source positions; errors are values, never thrown. */
export { parseManifests, MAX_DEPTH } from './parseManifests'
export { MAX_ALIAS_EXPANSION, MAX_ALIASES, MAX_EXPANDED_DEPTH } from './aliasGuard'
export type { Located, ParsedDocument, ParseError, ParseResult } from './types'
