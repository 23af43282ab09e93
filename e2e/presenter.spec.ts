import { AppPage } from './helpers/appPage'
import { expect, test, type Page } from './helpers/fixtures'
import { linkFor, openAt } from './helpers/shareLinks'
import { privilegedToRestricted } from '../src/workshop/playlists/privilegedToRestricted'

const playlist = privilegedToRestricted

/** Opens step `index` of the main playlist in the presenter view, with the code editor loaded. */
async function presentStep(page: Page, index: number) {
  const step = playlist.steps[index]!
  await page.setViewportSize({ width: 1024, height: 768 })
  await openAt(page, await linkFor({ text: step.manifest, presenter: true, workshop: { playlist: playlist.id, step: index } }))
  await page.getByRole('button', { name: 'Plain text editor' }).click()
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible()
  await expect(page.getByTestId('workshop-bar')).toContainText(`step ${index + 1} of ${playlist.steps.length}`)
}

/** The editor lines wholly inside the editor's viewport, by their text. */
function visibleLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('.monaco-editor .overflow-guard')!.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line')]
      .filter((line) => {
        const rect = line.getBoundingClientRect()
        return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5
      })
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((line) => line.textContent!.replace(/\u00a0/g, ' '))
  })
}

test.describe('presenter view on a 1024×768 projector', () => {
  test('shows 20 or more editor lines, with the step beside them and the step line in view', async ({ page }) => {
    // The last step is about a line far down the manifest (the init container, at the end).
    const last = playlist.steps.length - 1
    await presentStep(page, last)
    const step = playlist.steps[last]!
    const lines = await visibleLines(page)
    expect(lines.length).toBeGreaterThanOrEqual(20)
    expect(lines).toContain(step.manifest.split('\n')[step.line - 1])
    await expect(page.getByTestId('workshop-bar')).toBeInViewport({ ratio: 1 })
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0)
  })

  test('the plain text editor also shows 20 or more lines', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await openAt(page, await linkFor({ text: playlist.steps[0]!.manifest, presenter: true, workshop: { playlist: playlist.id, step: 0 } }))
    const textarea = new AppPage(page).textarea
    const lines = await textarea.evaluate((element) => element.clientHeight / parseFloat(getComputedStyle(element).lineHeight))
    expect(lines).toBeGreaterThanOrEqual(20)
  })

  test('PageDown and PageUp move a step, even from inside the editor; arrows move it from outside', async ({ page }) => {
    await presentStep(page, 1)
    const bar = page.getByTestId('workshop-bar')
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('PageDown')
    await expect(bar).toContainText(`step 3 of ${playlist.steps.length}`)
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('volumes:')
    await page.keyboard.press('PageUp')
    await expect(bar).toContainText(`step 2 of ${playlist.steps.length}`)
    // In the editor, the arrows move the caret, not the step.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('ArrowRight')
    await expect(bar).toContainText(`step 2 of ${playlist.steps.length}`)
    await page.getByRole('heading', { name: playlist.steps[1]!.title }).click()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('ArrowRight')
    await expect(bar).toContainText(`step 3 of ${playlist.steps.length}`)
    await page.keyboard.press('ArrowLeft')
    await expect(bar).toContainText(`step 2 of ${playlist.steps.length}`)
  })

  test('"Show an answer" previews the change as a diff, and applies it only on request', async ({ page }) => {
    await presentStep(page, 0)
    const app = new AppPage(page)
    const bar = page.getByTestId('workshop-bar')
    await expect(bar.getByTestId('goal-status')).toHaveText('Goal: Remove hostNetwork, so the pod gets a network of its own.')
    await bar.getByRole('button', { name: 'Show an answer' }).click()
    const preview = page.getByTestId('answer-preview')
    await expect(preview.locator('[data-kind="removed"]')).toHaveText([/^- Removed:\s+hostNetwork: true\s*$/])
    await expect(preview.locator('[data-kind="added"]')).toHaveCount(0)
    await preview.getByRole('button', { name: 'Keep my text' }).click()
    await expect(preview).toHaveCount(0)
    await expect(page.getByTestId('goal-status')).toHaveAttribute('data-status', 'not-yet')

    await bar.getByRole('button', { name: 'Show an answer' }).click()
    await preview.getByRole('button', { name: 'Apply the answer' }).click()
    await app.waitForCurrentVerdict()
    await expect(page.getByTestId('goal-status')).toHaveAttribute('data-status', 'reached')
  })
})
