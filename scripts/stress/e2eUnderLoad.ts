/**
 * `npm run test:e2e:stress`: the whole e2e suite, 3 runs in a row, while other work keeps every core
 * busy. A test that passes alone but fails here races the app (or the app races itself): fix the
 * cause, never add sleeps or retries. Uses stress-ng when installed, else a Node busy loop; installs
 * nothing. Honours E2E_PORT and E2E_DIST like the plain e2e run; STRESS_RUNS changes the count.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { startBusyLoad } from './busyLoad'

const runs = Number(process.env.STRESS_RUNS ?? 3)
const outDir = process.env.E2E_DIST ?? 'dist'
const cores = availableParallelism()

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  return result.status ?? 1
}

function hasStressNg(): boolean {
  return spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Starts the CPU load; resolves the function that stops it. */
function startLoad(): () => Promise<void> {
  if (hasStressNg()) {
    const child: ChildProcess = spawn('stress-ng', ['--cpu', String(cores), '--quiet'], { stdio: 'ignore' })
    console.log(`load: stress-ng --cpu ${cores}`)
    return async () => void child.kill('SIGTERM')
  }
  console.log(`load: ${cores} busy-loop threads (stress-ng is not installed)`)
  return startBusyLoad(cores)
}

if (run('npx', ['vite', 'build', '--outDir', outDir]) !== 0) process.exit(2)
const stopLoad = startLoad()
const failedRuns: number[] = []
try {
  for (let index = 1; index <= runs; index += 1) {
    console.log(`\n=== e2e under load: run ${index} of ${runs} ===`)
    if (run('npx', ['playwright', 'test', ...process.argv.slice(2)]) !== 0) failedRuns.push(index)
  }
} finally {
  await stopLoad()
}
console.log(failedRuns.length === 0 ? `\nall ${runs} runs passed under load` : `\nfailed runs under load: ${failedRuns.join(', ')} of ${runs}`)
process.exit(failedRuns.length === 0 ? 0 : 1)
