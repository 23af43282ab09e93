/** The process entry of the bundled `secctx` package: runs main with the real process and sets the exit status. */
import { main } from './main'

process.exitCode = await main(process.argv.slice(2))
