import { LATEST_MINOR } from '@secctx/engine'
import { NAMESPACE_DUMP } from '../src/test/namespaceDump'
import { AppPage } from './helpers/appPage'
import { expect, test } from './helpers/fixtures'
import { clipboardUse } from './helpers/monacoEditor'

test.use(clipboardUse)

test('a stream over several namespaces gets a Namespaces view: levels, label problems, commands to copy, objects to select', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  // One namespace only: no Namespaces view.
  await expect(page.getByTestId('object-item')).toHaveCount(1)
  await expect(page.getByTestId('namespaces-view')).toHaveCount(0)

  await app.setText(NAMESPACE_DUMP)
  await page.getByTestId('namespaces-view').click()
  const plan = page.getByTestId('namespace-plan')
  await expect(plan).toHaveAttribute('data-current', 'true')
  const rows = plan.locator('[data-namespace]')
  await expect(rows).toHaveCount(3)
  const levels = await rows.evaluateAll((items) => items.map((item) => `${item.getAttribute('data-namespace')}=${item.getAttribute('data-level')}`))
  expect(levels).toEqual(['batch=baseline', 'payments=restricted', 'web=privileged'])

  // The invalid audit label: a problem of the Namespace object at its place; PSA reads it as privileged.
  const payments = plan.locator('[data-namespace="payments"]')
  await payments.getByRole('button', { expanded: false }).click()
  await expect(payments.locator('tr[data-mode="audit"]')).toHaveAttribute('data-level', 'privileged')
  await expect(payments.getByTestId('namespace-problems')).toContainText('Invalid value: "strict"')
  await expect(payments.getByTestId('namespace-problems')).toContainText('Ln 8, Col 5')

  const web = plan.locator('[data-namespace="web"]')
  await web.getByRole('button', { expanded: false }).click()
  await expect(web.getByTestId('would-deny-baseline').getByTestId('namespace-object')).toHaveText(['Deployment/cachePrivilegeddenied by enforce'])
  await expect(web.getByTestId('would-deny-restricted').getByTestId('namespace-object')).toHaveCount(2)
  const pinned = `v1.${LATEST_MINOR}`
  const labels = ['enforce=privileged', `enforce-version=${pinned}`, 'audit=baseline', `audit-version=${pinned}`, 'warn=baseline', `warn-version=${pinned}`]
    .map((label) => `pod-security.kubernetes.io/${label}`)
    .join(' ')
  await expect(web.getByTestId('namespace-command')).toHaveText(`kubectl label --overwrite ns web ${labels}`)
  await expect(web.getByTestId('namespace-dry-run')).toHaveText(`kubectl label --dry-run=server --overwrite ns web ${labels}`)
  // web enforces baseline today and its Deployment falls short of it: the recommendation says it loosens enforce.
  await expect(web.getByTestId('namespace-loosens')).toHaveText(/^This loosens enforce from baseline to privileged/)
  await expect(payments.getByTestId('namespace-loosens')).toHaveCount(0)

  await web.getByRole('button', { name: 'Copy dry run' }).click()
  await expect(web.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`kubectl label --dry-run=server --overwrite ns web ${labels}`)

  // Choosing an object shows it in the object view.
  await web.getByTestId('would-deny-baseline').getByTestId('namespace-object').click()
  await expect(page.getByTestId('namespaces-view')).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('[data-testid="object-item"][aria-current="true"]')).toHaveText(/Deployment\/cache in web/)
  await expect(app.verdict).toContainText('Deployment cache')
  await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
})
