import { AppPage } from './helpers/appPage'
import { expect, test } from './helpers/fixtures'
import { copyLink, freshVisitor, linkFor, openAt } from './helpers/shareLinks'

test.describe('workshop', () => {
  test('a playlist step marks its goal reached after the right edit, then steps on', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await page.getByText('Workshop', { exact: true }).click()
    await page.getByRole('button', { name: 'Start From privileged to restricted' }).click()

    const bar = page.getByTestId('workshop-bar')
    await expect(bar).toContainText('step 1 of 10')
    const goal = page.getByTestId('goal-status')
    await expect(goal).toHaveAttribute('data-status', 'not-yet')

    const text = await app.textarea.inputValue()
    await app.setText(text.replace('      hostNetwork: true\n', ''))
    await expect(goal).toHaveAttribute('data-status', 'reached')
    await expect(goal).toContainText('Goal reached')

    await bar.getByRole('button', { name: 'Next step' }).click()
    await expect(bar).toContainText('step 2 of 10')
    await expect(goal).toHaveAttribute('data-status', 'not-yet')
    await app.setText((await app.textarea.inputValue()).replace('            privileged: true\n', ''))
    await expect(goal).toHaveAttribute('data-status', 'reached')
  })

  test('the presenter view and a playlist step travel in a link', async ({ page, browser, baseURL }) => {
    const app = new AppPage(page)
    await app.open()
    await page.getByRole('button', { name: 'Presenter view' }).click()
    await expect(page.locator('.app')).toHaveAttribute('data-presenter', 'true')
    await page.getByText('Workshop', { exact: true }).click()
    await page.getByRole('button', { name: 'Start From privileged to restricted' }).click()
    await page.getByTestId('workshop-bar').getByRole('button', { name: 'Next step' }).click()
    await page.getByTestId('workshop-bar').getByRole('button', { name: 'Next step' }).click()
    await expect(page.getByTestId('workshop-bar')).toContainText('step 3 of 10')
    await app.waitForCurrentVerdict()
    const link = await copyLink(page)

    const visitor = await freshVisitor(browser, baseURL!)
    await openAt(visitor.page, new URL(link).hash.slice(1))
    await expect(visitor.page.locator('.app')).toHaveAttribute('data-presenter', 'true')
    await expect(visitor.page.getByTestId('workshop-bar')).toContainText('step 3 of 10')
    await expect(visitor.page.getByTestId('goal-status')).toHaveAttribute('data-status', 'not-yet')
    expect(visitor.problems).toEqual([])
    await visitor.context.close()
  })

  test('the gallery opens a lesson, and the previous text is one click away', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const seed = await app.textarea.inputValue()
    await page.getByRole('button', { name: 'Examples' }).click()
    const dialog = page.getByRole('dialog', { name: 'Examples' })
    await dialog.getByRole('button', { name: 'Open example: Windows: Restricted through spec.os.name (v1.25+)' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('lesson')).toContainText('spec.os.name: windows')
    await app.waitForCurrentVerdict()
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-level', 'restricted')
    await expect(page.getByTestId('windows-panel')).toBeVisible()
    await page.getByTestId('notice').getByRole('button', { name: 'Restore previous text' }).click()
    await expect(app.textarea).toHaveValue(seed)
    await expect(page.getByTestId('lesson')).toHaveCount(0)
  })

  test('a link to a step of an unknown playlist says so', async ({ page }) => {
    await openAt(page, await linkFor({ text: 'kind: Pod\n', workshop: { playlist: 'no-such-playlist', step: 0 } }))
    await expect(page.getByTestId('workshop-bar')).toContainText('does not have')
  })
})
