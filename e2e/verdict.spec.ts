import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

test.describe('verdict panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('pass/fail follows the target level, with failing checks grouped by level', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const target = page.getByTestId('target-result')
    await expect(target).toHaveAttribute('data-allowed', 'false')
    await expect(page.getByRole('region', { name: 'restricted checks that fail' }).getByTestId('violation')).toHaveCount(2)
    await expect(app.violations().filter({ hasText: 'capabilities_restricted' })).toContainText('unrestricted capabilities')

    await app.chooseTarget('Baseline')
    await expect(target).toHaveAttribute('data-allowed', 'true')
    await expect(page.getByTestId('kubectl-message')).toHaveCount(0)
    await expect(page.getByTestId('namespace-labels')).toContainText('pod-security.kubernetes.io/enforce: baseline')
    await expect(page.getByTestId('namespace-labels')).toContainText('pod-security.kubernetes.io/warn: baseline')
  })

  test('the kubectl message and the namespace labels copy to the clipboard', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const message = await page.getByTestId('kubectl-message').textContent()
    expect(message).toContain('would violate PodSecurity "restricted:latest"')
    await page.getByRole('button', { name: 'Copy message' }).click()
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message)

    await page.getByRole('button', { name: 'Copy YAML' }).click()
    const yaml = await page.evaluate(() => navigator.clipboard.readText())
    expect(yaml).toContain('kind: Namespace')
    expect(yaml).toContain('pod-security.kubernetes.io/enforce-version: latest')
    expect(yaml).toContain('pod-security.kubernetes.io/audit: restricted')
  })
})
