import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, openSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readBounded } from './readBounded'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('readBounded', () => {
  it('reads a stream whole', async () => {
    const bytes = await readBounded(Readable.from([Buffer.from('kind: '), 'Pod\n']))
    expect(Buffer.from(bytes).toString()).toBe('kind: Pod\n')
  })

  it('stops past the limit with a message naming it, without reading on (as for /dev/zero)', async () => {
    let pulled = 0
    const endless = (async function* () {
      for (;;) {
        pulled += 1
        yield new Uint8Array(1024 * 1024)
      }
    })()
    await expect(readBounded(endless, { limit: 4 * 1024 * 1024 })).rejects.toThrow('larger than 4 MiB, the most secctx reads from one input')
    expect(pulled).toBe(5)
  })

  it('says once that it is waiting when nothing arrives, and still reads what comes later', async () => {
    const stream = new PassThrough()
    let notices = 0
    const reading = readBounded(stream, { waitingMs: 20, onWaiting: () => (notices += 1) })
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(notices).toBe(1)
    stream.end('kind: Pod\n')
    expect(Buffer.from(await reading).toString()).toBe('kind: Pod\n')
    expect(notices).toBe(1)
  })

  it('the real executable on a FIFO with no writer says it is waiting, then checks what the writer sends', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'secctx-')), 'manifests')
    execFileSync('mkfifo', [fifo])
    const child = spawn(process.execPath, [join(root, 'bin/secctx.js'), 'check', fifo], { cwd: root, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    const waited = new Promise<void>((resolve) => child.stderr.on('data', (chunk) => ((stderr += chunk), stderr.includes('waiting') && resolve())))
    await waited
    expect(stderr).toBe(`secctx: waiting for input on ${fifo} (nothing has arrived yet; Ctrl+C stops)\n`)
    const writer = openSync(fifo, 'w')
    writeSync(writer, 'apiVersion: v1\nkind: Pod\nmetadata: {name: late}\nspec: {containers: [{name: a, image: b}]}\n')
    closeSync(writer)
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
    expect(stdout).toContain('Pod/late')
  }, 30_000)
})
