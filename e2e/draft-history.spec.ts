import { AppPage } from './helpers/appPage'
import { expect, test, type Page } from './helpers/fixtures'
import { addressLink, linkFor } from './helpers/shareLinks'

const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: registry.example.com/${name}:1.0
`

async function openExample(page: Page, title: string) {
  await page.getByRole('button', { name: 'Examples' }).click()
  await page
    .getByRole('dialog', { name: 'Examples' })
    .getByRole('button', { name: `Open example: ${title}` })
    .click()
}

/** Restores the entry of the History menu labelled "Restore `title`". */
async function restoreFromHistory(page: Page, title: string) {
  await page.locator('summary', { hasText: 'History' }).click()
  await page
    .getByRole('list', { name: 'Earlier texts' })
    .getByRole('button', { name: `Restore ${title}` })
    .click()
}

test.describe('draft history: every replaced text comes back, also after a reload', () => {
  test('two examples opened in a row, then a reload', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('my-work'))
    await openExample(page, 'Baseline: adding NET_ADMIN')
    await expect(page.getByTestId('lesson')).toBeVisible()
    await openExample(page, 'Baseline: an Unconfined AppArmor profile')
    await expect(page.getByTestId('lesson')).toBeVisible()
    await page.reload()
    await restoreFromHistory(page, 'Pod my-work')
    await expect(app.textarea).toHaveValue(pod('my-work'))
  })

  test('starting a workshop playlist, then a reload', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('before-workshop'))
    await page.getByText('Workshop', { exact: true }).click()
    await page.getByRole('button', { name: 'Start From privileged to restricted' }).click()
    await expect(page.getByTestId('workshop-bar')).toBeVisible()
    await page.getByTestId('notice').getByRole('button', { name: 'Restore previous text' }).click()
    await expect(app.textarea).toHaveValue(pod('before-workshop'))
    await page.getByText('Workshop', { exact: true }).click()
    await page.getByRole('button', { name: 'Start From privileged to restricted' }).click()
    await page.reload()
    await restoreFromHistory(page, 'Pod before-workshop')
    await expect(app.textarea).toHaveValue(pod('before-workshop'))
  })

  test('a link opened over a draft, then a reload that no longer offers "Restore draft"', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('my-draft'))
    await addressLink(page, pod('my-draft'))
    await page.goto(`./?from=chat#${await linkFor({ text: pod('shared') })}`)
    await expect(app.textarea).toHaveValue(pod('shared'))
    await page.reload()
    await expect(app.textarea).toHaveValue(pod('shared'))
    await expect(page.getByTestId('notice')).toHaveCount(0)
    await restoreFromHistory(page, 'Pod my-draft')
    await expect(app.textarea).toHaveValue(pod('my-draft'))
  })
})
