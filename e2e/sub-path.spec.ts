import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

test('the built app works when served from a sub-path', async ({ page, baseURL }) => {
  // Serve the same build under /tools/playground/ by mapping it onto the preview server's root.
  await page.route(/\/tools\/playground\//, async (route) => {
    const url = route.request().url().replace('/tools/playground/', '/')
    await route.fulfill({ response: await route.fetch({ url }) })
  })
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))

  await page.goto(new URL('/tools/playground/', baseURL).href)
  const app = new AppPage(page)
  await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible()
  const outside = requests.filter((path) => !path.startsWith('/tools/playground/'))
  expect(outside).toEqual([])
})
