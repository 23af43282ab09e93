import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { MULTI_DOCUMENT } from './helpers/manifests'

test('a multi-document stream lists its objects, skipped kinds and input errors', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.setText(`${MULTI_DOCUMENT}---\nkind: Pod\nmetadata: [unclosed\n`)

  const objects = page.getByTestId('object-item')
  await expect(objects).toHaveCount(2)
  await expect(objects.nth(0)).toContainText('Pod/first')
  await expect(objects.nth(1)).toContainText('Job/second')
  await expect(objects.nth(1)).toContainText('Privileged')
  await expect(page.getByTestId('skipped-objects')).toContainText('ConfigMap/settings')
  await expect(page.getByTestId('input-errors')).toContainText(/Ln \d+, Col \d+/)

  await expect(app.verdict).toContainText('Pod first')
  await objects.nth(1).click()
  await expect(objects.nth(1)).toHaveAttribute('aria-current', 'true')
  await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
  await expect(app.verdict).toContainText('Job second')
  await expect(app.violations().filter({ hasText: 'hostNamespaces' })).toHaveCount(1)
})
