import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { WINDOWS_POD } from './helpers/manifests'
import { NAMESPACE_DUMP } from '../src/test/namespaceDump'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme })

    async function expectNoSeriousViolations(page: import('@playwright/test').Page) {
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious).toEqual([])
    }

    test('the start page with Monaco has no serious or critical axe violation', async ({ page }) => {
      const app = new AppPage(page)
      await app.open({ editor: 'monaco' })
      await expectNoSeriousViolations(page)
    })

    test('the Windows view in textarea mode has no serious or critical axe violation', async ({ page }) => {
      const app = new AppPage(page)
      await app.open()
      await app.setText(WINDOWS_POD)
      await page.locator('details.field-note').first().locator('summary').click()
      await expectNoSeriousViolations(page)
    })

    test('the Namespaces view, every namespace expanded, has no serious or critical axe violation', async ({ page }) => {
      const app = new AppPage(page)
      await app.open()
      await app.openNamespacesExpanded(NAMESPACE_DUMP, 3)
      await expectNoSeriousViolations(page)
    })
  })
}
