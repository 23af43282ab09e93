/** An in-memory CliIo for tests: files from a record, captured output. */
import type { CliIo } from '../src/io'
import { main } from '../src/main'

/** What a test run gives back. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
  /** Files the run wrote, by path, as text. */
  written: Record<string, string>
}

/** Options of a test run. */
export interface RunOptions {
  /** File contents; text is stored as UTF-8. */
  files?: Record<string, string | Uint8Array>
  stdin?: string | Uint8Array
  isTTY?: boolean
  stdinIsTTY?: boolean
  env?: Record<string, string | undefined>
}

/** Runs `secctx` with in-memory files and streams. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const files = options.files ?? {}
  const written: Record<string, string> = {}
  // The CLI writes strings and UTF-8 bytes; a decoder per stream, as a chunk may end inside a character.
  const stdoutBytes = new TextDecoder()
  const stderrBytes = new TextDecoder()
  const io: CliIo = {
    stdout: { write: (text) => (stdout += typeof text === 'string' ? text : stdoutBytes.decode(text, { stream: true })) },
    stderr: { write: (text) => (stderr += typeof text === 'string' ? text : stderrBytes.decode(text, { stream: true })) },
    stdin: async () => bytesOf(options.stdin ?? ''),
    isTTY: options.isTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    readFile: async (path) => {
      if (Object.prototype.hasOwnProperty.call(files, path)) return bytesOf(files[path])
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
    },
    writeFile: async (path, text) => {
      written[path] = text
    },
    env: options.env ?? {},
  }
  const code = await main(argv, io)
  return { code, stdout, stderr, written }
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content
}
