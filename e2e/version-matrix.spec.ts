import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

test('the start-up example shows its verdict at every policy version, and a range sets the version', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  const ranges = page.getByTestId('version-matrix').locator(':scope > li')
  // The log-shipper sidecar allows privilege escalation, which restricted checks from v1.8 on.
  await expect(ranges).toHaveCount(2)
  await expect(ranges.nth(0)).toHaveAttribute('data-from', 'v1.0')
  await expect(ranges.nth(0)).toHaveAttribute('data-to', 'v1.7')
  await expect(ranges.nth(0)).toHaveAttribute('data-level', 'restricted')
  await expect(ranges.nth(1)).toHaveAttribute('data-from', 'v1.8')
  await expect(ranges.nth(1)).toHaveAttribute('data-to', 'v1.37')
  await expect(ranges.nth(1)).toHaveAttribute('data-level', 'baseline')
  await expect(ranges.nth(1)).toContainText('allowPrivilegeEscalation added')

  await ranges.nth(0).getByRole('button').click()
  await expect(page.getByLabel('Policy version')).toHaveValue('v1.7')
  await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
  await expect(ranges.nth(0).getByRole('button')).toHaveAttribute('aria-current', 'true')

  await ranges.nth(1).getByRole('button').click()
  await expect(page.getByLabel('Policy version')).toHaveValue('latest')
  await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
})
