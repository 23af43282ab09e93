import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { WINDOWS_POD } from './helpers/manifests'

test.describe('Windows view', () => {
  test('a Windows pod opens the panel with each container’s effective runAsUserName', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await expect(page.getByTestId('windows-panel')).toHaveCount(0)
    await app.setText(WINDOWS_POD)

    const panel = page.getByTestId('windows-panel')
    await expect(panel).toBeVisible()
    await expect(panel.getByTestId('windows-signals')).toContainText('spec.os.name')
    const users = panel.getByTestId('run-as-user-names')
    const web = users.getByRole('row', { name: /^web/ })
    await expect(web).toContainText('ContainerUser')
    await expect(web).toContainText('pod')
    const admin = users.getByRole('row', { name: /^admin-tools/ })
    await expect(admin).toContainText('ContainerAdministrator')
    await expect(admin).toContainText('container')
    await expect(admin.locator('del')).toHaveText('ContainerUser')
    await expect(panel.locator('[data-guidance="container-administrator"]')).toContainText('USER')
  })

  test('the toggle opens the panel for a Linux pod, and it lists Linux-only fields once Windows', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await page.getByRole('button', { name: 'Windows view' }).click()
    await expect(page.getByTestId('windows-panel')).toContainText('Nothing marks this pod for Windows nodes')

    await app.setText(WINDOWS_POD.replace('  securityContext:\n    windowsOptions:', '  securityContext:\n    runAsUser: 1000\n    windowsOptions:'))
    const panel = page.getByTestId('windows-panel')
    await expect(panel.getByTestId('problem').filter({ hasText: 'cannot be set for a windows pod' })).toHaveCount(1)
  })
})
