// Preloaded into a benchmarked child process (`node --import`): at exit it writes the process's own CPU
// time in milliseconds (user + system, all its threads) to file descriptor 3. The bench's clock is its own
// process's, which does not count a child's time.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  try {
    writeSync(3, String((user + system) / 1000))
  } catch {
    // Not started by the bench (no descriptor 3): nothing to report to.
  }
})
