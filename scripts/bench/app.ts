/**
 * The built app for the browser, bundle and Lighthouse suites: built once into a temporary folder
 * (`vite build --outDir`) and served by `vite preview` on a free 127.0.0.1 port, both on first use.
 * index.ts calls `closeApp` at the end; the server is also killed if the process exits early.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface BuiltApp {
  /** The build's folder (holds index.html and assets/). */
  dir: string
  /** Where `vite preview` serves it, with a trailing slash. */
  url: string
}

let built: Promise<string> | undefined
let served: Promise<BuiltApp> | undefined
let server: number | undefined
let folder: string | undefined

/** Runs a command to its end; rejects with the tail of its output if it fails. */
function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
      reject(new Error(`${command} ${args.join(' ')} took over ${timeoutMs / 1000} s`))
    }, timeoutMs)
    child.on('error', (error) => (clearTimeout(timer), reject(error)))
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.slice(0, 2).join(' ')} exited ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`))
    })
  })
}

/** Builds the app once; resolves with the output folder. */
export function buildApp(): Promise<string> {
  built ??= (async () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-app-'))
    await run('npx', ['vite', 'build', '--outDir', folder, '--emptyOutDir', '--logLevel', 'warn'], 300_000)
    return folder
  })()
  return built
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/** The built app, served; starts the server on first use. */
export function serveApp(): Promise<BuiltApp> {
  served ??= (async () => {
    const dir = await buildApp()
    const port = await freePort()
    const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
      stdio: 'ignore',
      detached: true,
    })
    server = child.pid
    const url = `http://127.0.0.1:${port}/`
    for (let attempt = 0; attempt < 150; attempt++) {
      if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}`)
      if (
        await fetch(url).then(
          (response) => response.ok,
          () => false,
        )
      )
        return { dir, url }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`vite preview did not answer on ${url}`)
  })()
  return served
}

/** Stops the server (its whole process group) and removes the build. */
export function closeApp(): void {
  if (server) {
    try {
      process.kill(-server)
    } catch {
      // already gone
    }
    server = undefined
  }
  if (folder) rmSync(folder, { recursive: true, force: true })
  folder = undefined
}

process.on('exit', closeApp)
