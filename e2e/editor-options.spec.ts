import { AppPage } from './helpers/appPage'
import { expect, test } from './helpers/fixtures'
import { SEED } from './helpers/seed'

test.describe('editor options', () => {
  test('an empty editor says what to do and loads the example on request', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText('')
    await expect(app.textarea).toHaveAttribute('placeholder', /Paste a Kubernetes manifest/)
    await page.getByRole('button', { name: 'Load the example manifest' }).click()
    await expect(app.textarea).toHaveValue(SEED)
    await expect(page.getByRole('button', { name: 'Load the example manifest' })).toHaveCount(0)
  })

  test('"Wrap lines" wraps long lines in both editors and is remembered', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const wrap = page.getByRole('button', { name: 'Wrap lines' })
    await expect(app.textarea).toHaveAttribute('wrap', 'off')
    await wrap.click()
    await expect(wrap).toHaveAttribute('aria-pressed', 'true')
    await expect(app.textarea).toHaveAttribute('wrap', 'soft')
    await page.reload()
    await expect(app.textarea).toHaveAttribute('wrap', 'soft')

    // One long flow-style line: wrapped, it takes several of Monaco's view lines; unwrapped, one.
    await app.setText(`containers: [{name: a, image: "${'x'.repeat(300)}"}]`)
    await page.getByRole('button', { name: 'Plain text editor' }).click()
    const viewLines = page.locator('.monaco-editor .view-line')
    await expect.poll(() => viewLines.count()).toBeGreaterThan(1)
    await wrap.click()
    await expect(wrap).toHaveAttribute('aria-pressed', 'false')
    await expect(viewLines).toHaveCount(1)
  })
})
