import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { clipboardUse, MonacoEditor } from './helpers/monacoEditor'
import { SEED } from './helpers/seed'

test.describe('editing', () => {
  test.use(clipboardUse)

  test('opens on the example Deployment, which meets Baseline but not Restricted', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    await expect(app.verdict).toContainText('Deployment web')
    await expect(page.getByTestId('effective-context')).toHaveCount(3)
  })

  test('typing privileged: true in Monaco flips the verdict to Privileged', async ({ page }) => {
    const app = new AppPage(page)
    await app.open({ editor: 'monaco' })
    const editor = new MonacoEditor(page)
    await editor.setText(
      SEED.replace('            capabilities:\n              add:', '            privileged: true\n            capabilities:\n              add:'),
    )
    await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
    await expect(app.violations().filter({ hasText: 'privileged' })).not.toHaveCount(0)
    await app.waitForCurrentVerdict()
  })

  test('the textarea mode edits the same document and is remembered', async ({ page }) => {
    const app = new AppPage(page)
    await app.open({ editor: 'monaco' })
    await page.getByRole('button', { name: 'Plain text editor' }).click()
    await expect(app.textarea).toHaveValue(/kind: Deployment/)
    await app.setText(SEED.replace('      securityContext:\n        runAsNonRoot', '      hostPID: true\n      securityContext:\n        runAsNonRoot'))
    await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
    await page.reload()
    await expect(app.textarea).toBeVisible()
    await expect(page.getByRole('button', { name: 'Plain text editor' })).toHaveAttribute('aria-pressed', 'true')
  })
})
