import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

test.describe('when parts fail to load', () => {
  test.use({ allowedConsole: /Failed to load resource|Failed to fetch dynamically imported module/ })

  test('a Monaco chunk that fails to load falls back to the textarea with a notice', async ({ page }) => {
    await page.route(/YamlEditor-[^/]*\.js$/, (route) => route.abort())
    const app = new AppPage(page)
    await page.addInitScript(() => localStorage.setItem('security-context-playground.editorMode', 'monaco'))
    await page.goto('./')
    await expect(page.getByTestId('notice')).toContainText('plain text editor')
    await expect(app.textarea).toBeVisible()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  })

  test('a failing evaluation worker shows a recoverable notice and keeps the text', async ({ page }) => {
    await page.route(/evaluate\.worker-[^/]*\.js$/, (route) => route.abort())
    const app = new AppPage(page)
    await page.addInitScript(() => localStorage.setItem('security-context-playground.editorMode', 'textarea'))
    await page.goto('./')
    const notice = page.getByTestId('notice')
    await expect(notice).toHaveAttribute('data-kind', 'error')
    await expect(notice).toContainText('Your text is kept')
    await expect(app.textarea).toHaveValue(/kind: Deployment/)

    await page.unroute(/evaluate\.worker-[^/]*\.js$/)
    await notice.getByRole('button', { name: 'Try again' }).click()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    await expect(notice).toHaveCount(0)
  })
})
