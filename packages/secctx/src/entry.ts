/**
 * The process entry of the bundled `secctx` package: runs main with the real process and sets the
 * exit status; started as a worker thread of its own pool, it evaluates pieces of a large input instead.
 */
import { fileURLToPath } from 'node:url'
import { isPieceWorker, servePieces, threadCount } from './check/parallel'
import { main } from './main'

if (isPieceWorker()) servePieces()
else process.exitCode = await main(process.argv.slice(2), { workers: { script: fileURLToPath(import.meta.url), threads: threadCount(process.env) } })
