/**
 * Only the browser suite's 5 MB paste row, for quick iterations on main-thread long tasks:
 * `npx tsx scripts/bench/paste.ts [baseUrl] [MiB]`; `PASTE_PROFILE=file.cpuprofile` also saves a main-thread CPU profile, `PASTE_TRACE=file.json` a Chrome trace. Without a URL it builds and serves the app as the full bench does.
 */
import { closeApp, serveApp } from './app'
import { bigStream, longestTaskDuringPaste } from './browserSuite'

async function main(): Promise<void> {
  const url = process.argv[2] || (await serveApp()).url
  const mib = Number(process.argv[3] ?? 5)
  const text = bigStream(mib * 1024 * 1024)
  const documents = text.split('\n---\n').length
  const result = await longestTaskDuringPaste(url, text, { cpuProfile: process.env.PASTE_PROFILE, trace: process.env.PASTE_TRACE })
  console.log(
    `${(text.length / 1024 / 1024).toFixed(1)} MiB, ${documents} documents: longest task ${result.longestMs.toFixed(0)} ms, ` +
      `${result.count} long tasks [${result.durations.map((d) => d.toFixed(0)).join(", ")}], verdict after ${(result.verdictMs / 1000).toFixed(1)} s`,
  )
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(closeApp)
