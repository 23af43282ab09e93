/**
 * What a 5 MB paste costs the main thread, measured as a user feels it: with Long Animation
 * Frames, which include style, layout and paint (the Long Tasks API leaves rendering out, and a
 * huge textarea's cost is almost all rendering). The text is pasted into either editor and frames
 * are recorded until the verdict for it is on screen.
 */
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium'

export type EditorKind = 'monaco' | 'textarea'

export interface PasteFrames {
  /** The frame that handled the paste: the editor inserting the text (and, for a textarea, laying it all out). */
  pasteFrameMs: number
  /** The longest frame after that one until the verdict was on screen: the app's own work on the input. */
  longestAfterMs: number
  /** Frames over 50 ms after the paste frame. */
  longAfter: number[]
  verdictMs: number
}

interface FrameEntry {
  start: number
  duration: number
}

/** Pastes `text` over the whole manifest in `editor` and reports the long animation frames until its verdict shows. */
export async function framesDuringPaste(
  url: string,
  text: string,
  editor: EditorKind,
  options: { cpuProfile?: string; trace?: string } = {},
): Promise<PasteFrames> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.addInitScript((mode) => localStorage.setItem('security-context-playground.editorMode', mode), editor)
    await page.addInitScript({
      content: `globalThis.__frames = []; document.addEventListener('paste', () => (globalThis.__pasteAt = performance.now()), true); new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__frames.push({ start: e.startTime, duration: e.duration }) }).observe({ type: 'long-animation-frame', buffered: true })`,
    })
    await page.goto(url)
    await page.locator('[data-testid="verdict"][data-revision]').waitFor()
    if (editor === 'monaco') {
      // Monaco loads when the user reaches for the editor.
      await page.getByTestId('editor-pane').hover()
      await page.locator('.monaco-editor .view-lines').click()
    } else {
      await page.getByRole('textbox', { name: 'Kubernetes manifest' }).click()
    }
    await page.keyboard.press('ControlOrMeta+A')
    if (editor === 'monaco') await page.evaluate((value) => navigator.clipboard.writeText(value), text)
    else await page.evaluate((value) => ((globalThis as unknown as { __text: string }).__text = value), text)
    await page.waitForTimeout(1000)
    const revision = Number(await page.getByTestId('editor-pane').getAttribute('data-revision'))

    if (options.trace)
      await browser.startTracing(page, {
        path: options.trace,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'],
      })
    const cdp = options.cpuProfile ? await context.newCDPSession(page) : null
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const start = await page.evaluate(() => performance.now())
    if (editor === 'monaco') await page.keyboard.press('ControlOrMeta+V')
    else {
      // Chromium's own paste into a textarea takes minutes for 5 MB (its editing command, not this
      // app), so the textarea gets the value as a paste leaves it: set, then one input event.
      await page.evaluate(() => {
        const scope = globalThis as unknown as { __text: string; __pasteAt: number }
        const textarea = document.querySelector('textarea[aria-label="Kubernetes manifest"]') as HTMLTextAreaElement
        // The prototype's setter, as the browser's paste does: React's value tracker would otherwise see no change.
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
        scope.__pasteAt = performance.now()
        setValue.call(textarea, scope.__text)
        textarea.dispatchEvent(new Event('input', { bubbles: true }))
      })
    }
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="verdict"]')?.getAttribute('data-revision')) > before, revision, {
      timeout: 120_000,
      polling: 50,
    })
    const verdictAt = await page.evaluate(() => performance.now())
    // Frame entries are delivered after their frame ends.
    await page.waitForTimeout(500)
    const { frames, pasteAt } = await page.evaluate(() => {
      const scope = globalThis as unknown as { __frames: FrameEntry[]; __pasteAt?: number }
      return { frames: scope.__frames, pasteAt: scope.__pasteAt ?? Number.NaN }
    })
    if (Number.isNaN(pasteAt)) throw new Error('the page saw no paste event')
    if (cdp && options.cpuProfile) writeFileSync(options.cpuProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    if (options.trace) await browser.stopTracing()

    // Frames of 50 ms or less are not reported at all: no entry around the paste means a short paste frame.
    const paste = frames.find((frame) => frame.start <= pasteAt && pasteAt <= frame.start + frame.duration)
    const pasteEnd = paste ? paste.start + paste.duration : pasteAt
    const after = frames.filter((frame) => frame.start >= pasteEnd - 1 && frame.start <= verdictAt)
    return {
      pasteFrameMs: paste?.duration ?? 0,
      longestAfterMs: Math.max(0, ...after.map((frame) => frame.duration)),
      longAfter: after.map((frame) => frame.duration),
      verdictMs: verdictAt - start,
    }
  } finally {
    await browser.close()
  }
}
