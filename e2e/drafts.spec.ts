import { AppPage } from './helpers/appPage'
import { expect, test } from './helpers/fixtures'
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

test.describe('drafts', () => {
  test('a reload restores the draft, even straight after typing', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('typed'))
    await app.chooseTarget('Baseline')
    // No waiting for the address bar: the draft is saved when the page goes away.
    await page.reload()
    await expect(app.textarea).toHaveValue(pod('typed'))
    await expect(page.getByRole('radio', { name: 'Baseline' })).toBeChecked()
    await expect(page.getByTestId('notice')).toHaveCount(0)
  })

  test('opening a link keeps the draft, and "Restore draft" brings it back', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('my-draft'))
    await addressLink(page, pod('my-draft'))
    // A new document in the same tab, as when a link is followed from a chat.
    await page.goto(`./?from=chat#${await linkFor({ text: pod('shared') })}`)
    await expect(app.textarea).toHaveValue(pod('shared'))
    const notice = page.getByTestId('notice')
    await expect(notice).toContainText('Your previous draft is kept')
    await notice.getByRole('button', { name: 'Restore draft' }).click()
    await expect(app.textarea).toHaveValue(pod('my-draft'))
  })

  test('a link pasted into the address bar of an open tab offers the previous work back', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(pod('before'))
    await addressLink(page, pod('before'))
    await page.evaluate((fragment) => (location.hash = fragment), await linkFor({ text: pod('pasted') }))
    await expect(app.textarea).toHaveValue(pod('pasted'))
    await page.getByTestId('notice').getByRole('button', { name: 'Restore previous work' }).click()
    await expect(app.textarea).toHaveValue(pod('before'))
  })

  test('two tabs keep separate drafts', async ({ page, context }) => {
    const first = new AppPage(page)
    await first.open()
    await first.setText(pod('first-tab'))
    await addressLink(page, pod('first-tab'))

    const secondPage = await context.newPage()
    const second = new AppPage(secondPage)
    await second.open()
    // A new tab picks up the newest draft, as its own copy.
    await expect(second.textarea).toHaveValue(pod('first-tab'))
    await second.setText(pod('second-tab'))
    await addressLink(secondPage, pod('second-tab'))
    await secondPage.close()

    // The second tab's draft is newer, but a reload of the first tab restores the first tab's own.
    await page.reload()
    await expect(first.textarea).toHaveValue(pod('first-tab'))
  })

  test('a corrupt draft in localStorage is ignored', async ({ page }) => {
    await page.addInitScript(() => {
      sessionStorage.setItem('security-context-playground.tabId', 'tab1')
      localStorage.setItem('security-context-playground.draft.v1.tab1', '{"snapshot":{"text":42},"savedAt":"x"}')
      localStorage.setItem('security-context-playground.draft.v1.tab2', 'not json at all')
    })
    const app = new AppPage(page)
    await app.open()
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-level', /.+/)
    await expect(app.textarea).toHaveValue(/kind:/)
  })
})
