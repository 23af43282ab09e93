import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { RUN_AS_ROOT_POD } from './helpers/manifests'
import { clipboardUse, MonacoEditor } from './helpers/monacoEditor'
import type { Locator } from '@playwright/test'

/** WCAG contrast ratio of an element's text colour against its own background colour, as computed now. */
async function contrastOf(element: Locator): Promise<number> {
  const [text, background] = await element.evaluate((node) => {
    const style = getComputedStyle(node)
    return [style.color, style.backgroundColor]
  })
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [lighter, darker] = [luminance(text), luminance(background)].sort((a, b) => b - a)
  return (lighter + 0.05) / (darker + 0.05)
}

test.describe('What-if switches', () => {
  test('hostUsers: false shows the verdict as if, leaves the text alone, goes back, and Apply is one edit Ctrl+Z takes back', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(RUN_AS_ROOT_POD)
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    const toggle = page.getByRole('button', { name: 'hostUsers: false' })

    // On: the verdict is the what-if's (runAsUser relaxes in a user namespace from v1.35); the text is unchanged.
    await toggle.click()
    const banner = page.getByTestId('what-if')
    await expect(banner).toContainText('What if: hostUsers: false — not applied')
    await expect(app.verdict).toHaveAttribute('data-what-if', 'true')
    await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
    await expect(page.getByTestId('gates')).toHaveAttribute('data-admission', 'allowed')
    await expect(app.textarea).toHaveValue(RUN_AS_ROOT_POD)
    // The chosen switch stays readable under the pointer the click left on it (the hover style once won, light text on light grey).
    await toggle.hover()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await contrastOf(toggle)).toBeGreaterThanOrEqual(4.5)

    // Off: back to the manifest's own verdict.
    await banner.getByRole('button', { name: 'Back to my manifest' }).click()
    await expect(banner).toHaveCount(0)
    await expect(app.verdict).not.toHaveAttribute('data-what-if', 'true')
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    // On and Apply: the text says it now, and the verdict is the real one again.
    await toggle.click()
    await expect(app.verdict).toHaveAttribute('data-what-if', 'true')
    await banner.getByRole('button', { name: 'Apply' }).click()
    await expect(banner).toHaveCount(0)
    await expect(app.textarea).toHaveValue(RUN_AS_ROOT_POD.replace('          drop: ["ALL"]\n', '          drop: ["ALL"]\n  hostUsers: false\n'))
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'restricted')

    await app.textarea.focus()
    await page.keyboard.press('ControlOrMeta+Z')
    await expect(app.textarea).toHaveValue(RUN_AS_ROOT_POD)
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  })

  test('an edit while a what-if is on computes it again for the new text', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(RUN_AS_ROOT_POD)
    await page.getByTestId('what-if-switches').getByRole('button', { name: 'spec.os.name: windows' }).click()
    await expect(page.getByTestId('what-if')).toHaveAttribute('data-status', 'done')
    // Privileged breaks baseline whatever the OS: the what-if of the new text shows it.
    await app.setText(RUN_AS_ROOT_POD.replace('        runAsUser: 0\n', '        runAsUser: 0\n        privileged: true\n'))
    await expect(page.getByTestId('what-if')).toHaveAttribute('data-status', 'done')
    await expect(app.verdict).toHaveAttribute('data-what-if', 'true')
    await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
  })

  test.describe('in the code editor', () => {
    test.use(clipboardUse)

    test('"Made Restricted" on the start-up example: the verdict and what it takes, then Apply and Ctrl+Z', async ({ page }) => {
      const app = new AppPage(page)
      const editor = new MonacoEditor(page)
      await app.open({ editor: 'monaco' })
      await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
      await page.getByRole('button', { name: 'Made Restricted' }).click()
      const banner = page.getByTestId('what-if')
      await expect(banner).toHaveAttribute('data-status', 'done')
      await expect(banner.getByRole('list', { name: 'What it would take' })).toContainText('allowPrivilegeEscalation')
      await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
      await expect(page.getByTestId('gates')).toContainText('Pod Security (Restricted)')
      await banner.getByRole('button', { name: 'Apply' }).click()
      await app.waitForCurrentVerdict()
      await expect(app.verdict).not.toHaveAttribute('data-what-if', 'true')
      await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
      await editor.surface.click()
      await page.keyboard.press('ControlOrMeta+Z')
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    })
  })
})

test('switching to v1.22 says runAsUser is not checked before v1.23, where it fails', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.setText(RUN_AS_ROOT_POD)
  const runAsUser = page.locator('[data-testid="violation"][data-check="runAsUser"]')
  await expect(runAsUser.getByTestId('version-note')).toHaveText('checked from v1.23')
  await app.chooseVersion('v1.22')
  await app.waitForCurrentVerdict()
  await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
  await expect(runAsUser).toHaveCount(0)
  await expect(page.locator('[data-testid="version-note"][data-check="runAsUser"]')).toHaveText(
    'runAsUser: not checked before v1.23 (from v1.23 it fails: runAsUser=0, container "app" must not set runAsUser=0)',
  )
})

for (const [width, height] of [
  [390, 844],
  [1024, 768],
] as const) {
  test(`a level what-if with its list of changes fits ${width}x${height} without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    const app = new AppPage(page)
    await app.open()
    await page.getByRole('button', { name: 'Made Restricted' }).click()
    await expect(page.getByTestId('what-if')).toHaveAttribute('data-status', 'done')
    await expect(app.verdict).toHaveAttribute('data-what-if', 'true')
    const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(wider).toBeLessThanOrEqual(0)
  })
}
