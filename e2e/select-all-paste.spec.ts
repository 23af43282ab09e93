import { expect, test, type Page } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { clipboardUse } from './helpers/monacoEditor'

test.use(clipboardUse)

/** At least `bytes` of Pods, each its own document; the last one is named so a test can find it. */
function podStream(bytes: number): { text: string; documents: number } {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const part = `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:${i}\n`
    parts.push(part)
    length += part.length
  }
  return { text: parts.join(''), documents: parts.length }
}

/** Presses the keys a user presses; resolves once the page has painted the frame after them (a frozen page never does). */
async function pressAndPaint(page: Page, ...keys: string[]) {
  for (const key of keys) await page.keyboard.press(key)
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
}

test("closed <details> leave no content-visibility: hidden in the page, the cause of Chromium's slow selection in a big textarea", async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  const closed = page.locator('details:not([open])')
  expect(await closed.count()).toBeGreaterThan(0)
  const hidden = await closed.evaluateAll(
    (elements) => elements.filter((element) => getComputedStyle(element, '::details-content').contentVisibility !== 'visible').length,
  )
  expect(hidden).toBe(0)
  // They still open and close.
  const first = (await closed.first().elementHandle())!
  await (await first.$('summary'))!.click()
  expect(await first.evaluate((element: HTMLDetailsElement) => element.open)).toBe(true)
})

test('plain text editor: real Ctrl+A and Ctrl+V of a 1.1 MB stream, then Ctrl+A over it, and the page still answers', async ({ page }) => {
  // 1.1 MB is where the select-all froze the tab for minutes; Chromium's own paste of it takes seconds here.
  test.setTimeout(120_000)
  const { text, documents } = podStream(1_100_000)
  const app = new AppPage(page)
  await app.open()
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await app.textarea.click()
  await pressAndPaint(page, 'ControlOrMeta+A', 'ControlOrMeta+V')
  await expect(page.getByRole('heading', { name: /^Objects/ })).toContainText(String(documents))

  // Over 1 MiB the plain-text mode shows the text read-only; editing it is the user's explicit choice.
  await page.getByRole('button', { name: 'Edit anyway' }).click()
  await app.textarea.click()
  await pressAndPaint(page, 'ControlOrMeta+A')
  const selection = await app.textarea.evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd, element.value.length])
  expect(selection).toEqual([0, text.length, text.length])
  // The rest of the page still works: the examples open and close.
  await page.getByRole('button', { name: 'Examples' }).click()
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeHidden()
})

test('code editor: real Ctrl+A and Ctrl+V of a 5 MB stream, then Ctrl+A over it, and the page still answers', async ({ page }) => {
  test.setTimeout(120_000)
  const { text, documents } = podStream(5 * 1024 * 1024)
  const app = new AppPage(page)
  await app.open({ editor: 'monaco' })
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.locator('.monaco-editor .view-lines').click()
  await pressAndPaint(page, 'ControlOrMeta+A', 'ControlOrMeta+V')
  // Evaluating 5 MB takes the worker a few seconds on a loaded machine.
  await expect(page.getByRole('heading', { name: /^Objects/ })).toContainText(String(documents), { timeout: 60_000 })

  await pressAndPaint(page, 'ControlOrMeta+A', 'ControlOrMeta+C')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  // The system clipboard may carry the lines with CRLF.
  expect(copied.replaceAll('\r\n', '\n') === text).toBe(true)
  await page.getByRole('button', { name: 'Examples' }).click()
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Examples' })).toBeHidden()
})
