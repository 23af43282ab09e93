/** Everything the CLI touches outside itself, so tests can run it with strings instead of a process. */
import { createReadStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { escapeControls } from './check/terminalSafe'
import { readBounded } from './readBounded'

/** Where output goes: a process stream, or a string in tests. */
export interface OutputStream {
  /** Bytes are UTF-8 text. */
  write(text: string | Uint8Array): unknown
  once?(event: 'drain', listener: () => void): unknown
}

/** The CLI's view of its process. */
export interface CliIo {
  /** `write` returning false and `once('drain')`, when present, are a stream's backpressure, which the CLI honours. */
  stdout: OutputStream
  stderr: OutputStream
  /**
   * All of standard input, as bytes (manifests are decoded as kubectl decodes them, manifestText.ts);
   * read once, so `-` given twice is the same text twice.
   */
  stdin: () => Promise<Uint8Array>
  /** Whether standard output is a terminal (colour is only used then). */
  isTTY: boolean
  /** Whether standard input is a terminal, i.e. nothing is piped in. */
  stdinIsTTY: boolean
  /** Reads a file's bytes. */
  readFile: (path: string) => Promise<Uint8Array>
  /** Writes a file as UTF-8, creating its folder when missing (`secctx fix --write`, `--out-dir`). */
  writeFile: (path: string, text: string) => Promise<void>
  env: Readonly<Record<string, string | undefined>>
  /** Worker threads a large input may be evaluated in: the script they run (the bundled CLI) and how many; absent, one thread does it all. */
  workers?: { script: string; threads: number }
}

/** Says on standard error that an input has sent nothing yet; the read goes on. */
function waiting(name: string): void {
  process.stderr.write(`secctx: waiting for input on ${escapeControls(name)} (nothing has arrived yet; Ctrl+C stops)\n`)
}

/** A function that calls `read` the first time and gives its answer every time. */
function memoized<T>(read: () => T): () => T {
  let answer: { value: T } | undefined
  return () => (answer ??= { value: read() }).value
}

/** The real process: its streams, its file system and its environment. */
function nodeIo(): CliIo {
  // `secctx check … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: memoized(() => readBounded(process.stdin, { onWaiting: () => waiting('standard input') })),
    isTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    // Streamed, so a FIFO with no writer yet gets the waiting notice, and /dev/zero the size limit.
    readFile: (path) => readBounded(createReadStream(path), { onWaiting: () => waiting(path) }),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text, 'utf8')
    },
    env: process.env,
  }
}

/** Fills what a caller left out from the real process; injected stdin counts as piped input. */
export function withDefaults(io: Partial<CliIo>): CliIo {
  const complete = (): CliIo => ({ ...nodeIo(), ...io, stdinIsTTY: io.stdinIsTTY ?? (io.stdin ? false : process.stdin.isTTY === true) })
  const keys: (keyof CliIo)[] = ['stdout', 'stderr', 'stdin', 'isTTY', 'stdinIsTTY', 'readFile', 'writeFile', 'env']
  // Tests that inject everything never touch the real process streams.
  if (keys.every((key) => key in io)) return io as CliIo
  return complete()
}
