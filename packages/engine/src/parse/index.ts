/** YAML/JSON text → documents with source positions; errors are values, never thrown. */
export { parseManifests } from './parseManifests'
export { MAX_ALIAS_EXPANSION, MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED_DEPTH } from './limits'
export { streamPieces, type StreamPiece } from './streamPieces'
export type { Located, ParsedDocument, ParseError, ParseResult, StreamStart } from './types'
