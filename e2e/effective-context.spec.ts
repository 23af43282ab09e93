import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

test.describe('effective security context', () => {
  test('one labelled card per container, with sources and overridden pod values', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const cards = page.getByTestId('effective-context')
    await expect(cards).toHaveCount(3)
    await expect(cards.nth(0)).toContainText('migrate')
    await expect(cards.nth(0)).toContainText('Init container')
    await expect(cards.nth(1)).toContainText('web')

    const runAsUser = cards.nth(1).locator('tr[data-field="runAsUser"]')
    await expect(runAsUser).toHaveAttribute('data-source', 'container')
    await expect(runAsUser.locator('code')).toHaveText('1001')
    await expect(runAsUser.locator('del')).toHaveText('1000')
    await expect(cards.nth(2).locator('tr[data-field="runAsNonRoot"]')).toHaveAttribute('data-source', 'pod')
    await expect(page.getByTestId('pod-context')).toContainText('fsGroup')
  })

  test('a default explains itself on hover and on keyboard expansion', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const row = page.getByTestId('effective-context').nth(2).locator('tr[data-field="allowPrivilegeEscalation"]')
    await expect(row).toHaveAttribute('data-source', 'default')
    const summary = row.locator('summary')
    const note = await summary.getAttribute('title')
    expect(note?.length).toBeGreaterThan(10)

    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(row.locator('details')).toHaveAttribute('open', '')
    await expect(row.locator('details p')).toHaveText(note ?? '')
  })

  test('container names from the manifest are shown as text, never as markup', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const name = '<img src=x onerror=alert(1)>'
    await app.setText(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: markup\nspec:\n  containers:\n    - name: "${name}"\n      image: busybox\n`)
    await expect(page.getByTestId('effective-context').getByRole('heading')).toHaveText(name)
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
  })
})
