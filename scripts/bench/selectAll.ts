/**
 * The longest frame of a real Ctrl+A and of the real Ctrl+V before it, in each editor, measured
 * with Long Animation Frames (style, layout and paint included): the keys go through Chromium's own
 * editing commands, as a user's do. The plain text editor gets 1.1 MB, where select-all once froze
 * the tab for minutes (Chromium's selection work while a closed <details> is in the page); the code
 * editor 5 MB.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { serveApp } from './app'
import { bigStream } from './browserSuite'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium'
import type { EditorKind } from './pasteFrames'
import { notMeasured, type Suite } from './suite'
import type { Row } from './table'

const FRAME_AIM_MS = 200
const SIZES: Record<EditorKind, number> = { textarea: 1.1 * 1000 * 1000, monaco: 5 * 1024 * 1024 }

interface KeyFrames {
  /** Longest frame, and key press to the next painted frame as the test driver saw it. */
  paste: { frameMs: number; wallMs: number }
  selectAll: { frameMs: number; wallMs: number }
}

/** Pastes `text` over the manifest with Ctrl+A Ctrl+V, waits for its verdict, then presses Ctrl+A; the longest frame of each. */
async function keyFrames(url: string, text: string, editor: EditorKind): Promise<KeyFrames> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.addInitScript((mode) => localStorage.setItem('security-context-playground.editorMode', mode), editor)
    await page.addInitScript({
      content: `globalThis.__frames = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__frames.push({ start: e.startTime, end: e.startTime + e.duration }) }).observe({ type: 'long-animation-frame', buffered: true })`,
    })
    await page.goto(url)
    await page.locator('[data-testid="verdict"][data-revision]').waitFor()
    if (editor === 'monaco') {
      await page.getByTestId('editor-pane').hover()
      await page.locator('.monaco-editor .view-lines').click()
    } else {
      await page.getByRole('textbox', { name: 'Kubernetes manifest' }).click()
    }
    await page.evaluate((value) => navigator.clipboard.writeText(value), text)
    const now = () => page.evaluate(() => performance.now())
    const painted = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
    const longest = async (from: number, to: number) => {
      // Frame entries arrive after their frame ends.
      await page.waitForTimeout(300)
      const frames = await page.evaluate(() => (globalThis as unknown as { __frames: { start: number; end: number }[] }).__frames)
      return Math.max(0, ...frames.filter((frame) => frame.end >= from && frame.start <= to).map((frame) => frame.end - frame.start))
    }
    await page.keyboard.press('ControlOrMeta+A')
    await painted()
    const revision = Number(await page.getByTestId('editor-pane').getAttribute('data-revision'))
    const pasteFrom = await now()
    await page.keyboard.press('ControlOrMeta+V')
    await painted()
    const pasteTo = await now()
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="verdict"]')?.getAttribute('data-revision')) > before, revision, {
      timeout: 300_000,
    })
    const paste = { frameMs: await longest(pasteFrom, pasteTo), wallMs: pasteTo - pasteFrom }
    await page.waitForTimeout(1000)
    const selectFrom = await now()
    await page.keyboard.press('ControlOrMeta+A')
    await painted()
    const selectTo = await now()
    return { paste, selectAll: { frameMs: await longest(selectFrom, selectTo), wallMs: selectTo - selectFrom } }
  } finally {
    await browser.close()
  }
}

export const selectAllSuite: Suite = {
  name: 'keyboard',
  async results() {
    const editors: [EditorKind, string][] = [
      ['textarea', 'plain text editor'],
      ['monaco', 'code editor'],
    ]
    const name = (label: string, key: string, editor: EditorKind) => `browser: longest frame of a real ${key}, ${(SIZES[editor] / 1e6).toFixed(1)} MB, ${label}`
    const rows: Row[] = []
    let url: string
    try {
      if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
      url = (await serveApp()).url
    } catch (error) {
      return editors.flatMap(([editor, label]) => ['Ctrl+V', 'Ctrl+A'].map((key) => notMeasured(name(label, key, editor), `< ${FRAME_AIM_MS} ms`, error)))
    }
    for (const [editor, label] of editors) {
      try {
        const frames = await keyFrames(url, bigStream(SIZES[editor]), editor)
        for (const [key, { frameMs, wallMs }] of [
          ['Ctrl+V', frames.paste],
          ['Ctrl+A', frames.selectAll],
        ] as const) {
          rows.push({
            name: name(label, key, editor),
            figure: `${frameMs.toFixed(0)} ms`,
            aim: `< ${FRAME_AIM_MS} ms`,
            met: frameMs < FRAME_AIM_MS,
            note: `key to painted frame ${wallMs.toFixed(0)} ms${key === 'Ctrl+A' ? ', after the paste is evaluated' : editor === 'textarea' ? "; Chromium's own paste command, no app code" : ''}`,
          })
        }
      } catch (error) {
        rows.push(...['Ctrl+V', 'Ctrl+A'].map((key) => notMeasured(name(label, key, editor), `< ${FRAME_AIM_MS} ms`, error)))
      }
    }
    return rows
  },
}
