/** The reader's limits on untrusted input; the README's "Input limits" table names them. */

/** Deepest collection nesting the parser accepts; pod specs need about 15 levels. */
export const MAX_DEPTH = 100

/** Most nodes that aliases may add to one document when expanded; real pod specs stay far below. */
export const MAX_ALIAS_EXPANSION = 100_000

/** Deepest nesting a document may reach once aliases are expanded (the parser's own limit ignores aliases). */
export const MAX_EXPANDED_DEPTH = 200

/** Most alias nodes (`*name`) expanded in one document. */
export const MAX_ALIASES = 1_000
