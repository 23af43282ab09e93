/**
 * Only the browser suite's 5 MB paste rows, for quick iterations on long frames:
 * `npx tsx scripts/bench/paste.ts [baseUrl] [MiB] [monaco|textarea]`; `PASTE_PROFILE=file.cpuprofile` also saves a main-thread CPU profile, `PASTE_TRACE=file.json` a Chrome trace. Without a URL it builds and serves the app as the full bench does.
 */
import { closeApp, serveApp } from './app'
import { bigStream } from './browserSuite'
import { framesDuringPaste, type EditorKind } from './pasteFrames'

async function main(): Promise<void> {
  const url = process.argv[2] || (await serveApp()).url
  const mib = Number(process.argv[3] ?? 5)
  const text = bigStream(mib * 1024 * 1024)
  const documents = text.split('\n---\n').length
  const editor = (process.argv[4] ?? 'monaco') as EditorKind
  const result = await framesDuringPaste(url, text, editor, { cpuProfile: process.env.PASTE_PROFILE, trace: process.env.PASTE_TRACE })
  console.log(
    `${editor}, ${(text.length / 1024 / 1024).toFixed(1)} MiB, ${documents} documents: paste frame ${result.pasteFrameMs.toFixed(0)} ms, ` +
      `longest frame after it ${result.longestAfterMs.toFixed(0)} ms [${result.longAfter.map((d) => d.toFixed(0)).join(', ')}], ` +
      `verdict after ${(result.verdictMs / 1000).toFixed(1)} s`,
  )
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(closeApp)
