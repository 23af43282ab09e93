import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

for (const width of [1280, 768]) {
  test(`the page fits ${width} px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const app = new AppPage(page)
    await app.open({ editor: 'monaco' })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(page.getByRole('main')).toBeVisible()
    await expect(app.verdict).toBeInViewport({ ratio: width > 1000 ? 1 : 0 })
  })
}

test('keyboard users can skip from the top of the page to the results', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#results')).toBeFocused()
})
