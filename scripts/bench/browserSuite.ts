/**
 * Rows for the built app in Chromium: edit → verdict on screen (30- and 300-line manifests, see
 * browser.ts) and the longest frame while a 5 MB multi-document paste is evaluated, in each editor
 * (see pasteFrames.ts).
 */
import { existsSync } from 'node:fs'
import { dump } from 'js-yaml'
import { serveApp } from './app'
import { measureEditToVerdict } from './browser'
import { generateCorpus } from './corpus'
import { CHROMIUM } from '../chromium'
import { framesDuringPaste, type EditorKind } from './pasteFrames'
import { notMeasured, type Suite } from './suite'
import type { Row } from './table'

const EDIT_AIM_MS = 100
const FRAME_AIM_MS = 50
const PASTE_BYTES = 5 * 1024 * 1024

/** At least `bytes` of YAML stream: the corpus, repeated with fresh names, every manifest its own document. */
export function bigStream(bytes: number): string {
  const documents = generateCorpus().map((manifest) => `---\n${dump(manifest.object)}`)
  const parts: string[] = []
  let length = 0
  for (let round = 0; length < bytes; round++) {
    for (const document of documents) {
      const part = document.replaceAll('app-', `r${round}-app-`)
      parts.push(part)
      length += part.length
      if (length >= bytes) break
    }
  }
  return parts.join('')
}

export const browserSuite: Suite = {
  name: 'browser',
  async results() {
    const editNames = ['browser: edit → verdict, 30 lines', 'browser: edit → verdict, 300 lines']
    const editors: [EditorKind, string][] = [
      ['monaco', 'code editor'],
      ['textarea', 'plain text editor'],
    ]
    const pasteNames = editors.map(([, label]) => `browser: longest frame after a 5 MB paste, ${label}`)
    let url: string
    try {
      if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
      url = (await serveApp()).url
    } catch (error) {
      return [
        ...editNames.map((name) => notMeasured(name, `p95 < ${EDIT_AIM_MS} ms`, error)),
        ...pasteNames.map((name) => notMeasured(name, `< ${FRAME_AIM_MS} ms`, error)),
      ]
    }
    const rows: Row[] = []
    try {
      for (const result of await measureEditToVerdict(url, { executablePath: CHROMIUM })) {
        rows.push({
          name: `browser: edit → verdict, ${result.lines} lines`,
          figure: `median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms`,
          aim: `p95 < ${EDIT_AIM_MS} ms`,
          met: result.p95Ms < EDIT_AIM_MS,
          note: `${result.edits} edits, textarea mode, input event → frame after verdict`,
        })
      }
    } catch (error) {
      rows.push(...editNames.map((name) => notMeasured(name, `p95 < ${EDIT_AIM_MS} ms`, error)))
    }
    const text = bigStream(PASTE_BYTES)
    const size = `${(text.length / 1024 / 1024).toFixed(1)} MiB, ${text.split('\n---\n').length} documents`
    for (const [index, [editor]] of editors.entries()) {
      const name = pasteNames[index]!
      try {
        const result = await framesDuringPaste(url, text, editor)
        rows.push({
          name,
          figure: `${result.longestAfterMs.toFixed(0)} ms`,
          aim: `< ${FRAME_AIM_MS} ms`,
          met: result.longestAfterMs < FRAME_AIM_MS,
          note:
            `${size}; the paste frame itself (the editor inserting the text) ${result.pasteFrameMs.toFixed(0)} ms; ` +
            `${result.longAfter.length} later frames over 50 ms; verdict on screen after ${(result.verdictMs / 1000).toFixed(1)} s`,
        })
      } catch (error) {
        rows.push(notMeasured(name, `< ${FRAME_AIM_MS} ms`, error))
      }
    }
    return rows
  },
}
