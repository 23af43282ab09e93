import { expect, test, type Page } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { linkFor, openAt } from './helpers/shareLinks'
import { privilegedToRestricted } from '../src/workshop/playlists/privilegedToRestricted'
import { NAMESPACE_DUMP } from '../src/test/namespaceDump'

const WIDTHS = [360, 390, 768, 1024, 1440]

/** How far the page is wider than the window, and the elements that stick out of it (not those a scroll box clips). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true
      }
      return false
    }
    return {
      pixels: document.documentElement.scrollWidth - window.innerWidth,
      outside: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(element))
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
    }
  })
}

for (const width of WIDTHS) {
  test(`the page fits ${width} px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const app = new AppPage(page)
    await app.open({ editor: 'monaco' })
    expect(await overflow(page)).toEqual({ pixels: 0, outside: [] })
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Presenter view' })).toBeInViewport({ ratio: 1 })
    // Side by side from 1000 px, the verdict is on the first screen.
    if (width >= 1000) await expect(app.verdict).toBeInViewport({ ratio: 1 })
    // The link box opens over the page: it widens nothing and moves no header control.
    const presenterSwitch = await page.getByRole('button', { name: 'Presenter view' }).boundingBox()
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByTestId('share-link')).toBeVisible()
    expect(await page.getByRole('button', { name: 'Presenter view' }).boundingBox()).toEqual(presenterSwitch)
    expect(await overflow(page)).toEqual({ pixels: 0, outside: [] })
  })

  test(`the presenter view with a workshop step fits ${width} px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 })
    const step = privilegedToRestricted.steps[4]!
    await openAt(page, await linkFor({ text: step.manifest, presenter: true, workshop: { playlist: privilegedToRestricted.id, step: 4 } }))
    await expect(page.getByTestId('workshop-bar')).toBeVisible()
    await page.getByRole('button', { name: 'Show an answer' }).click()
    await expect(page.getByTestId('answer-preview')).toBeVisible()
    expect(await overflow(page)).toEqual({ pixels: 0, outside: [] })
  })

  test(`the Namespaces view, every namespace expanded, fits ${width} px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const app = new AppPage(page)
    await app.open()
    await app.openNamespacesExpanded(NAMESPACE_DUMP, 3)
    expect(await overflow(page)).toEqual({ pixels: 0, outside: [] })
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
