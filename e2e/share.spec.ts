import { AppPage } from './helpers/appPage'
import { expect, test } from './helpers/fixtures'
import { addressLink, copyLink, deflateBomb, freshVisitor, linkFor, openAt, panelState } from './helpers/shareLinks'

const TWO_PODS = `apiVersion: v1
kind: Pod
metadata:
  name: linux
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0
      securityContext:
        privileged: true
---
apiVersion: v1
kind: Pod
metadata:
  name: windows
spec:
  os:
    name: windows
  nodeSelector:
    kubernetes.io/os: windows
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: web
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
`

test.describe('sharing a link', () => {
  test('edit, copy the link, open it as someone else: same verdict, panels, settings and selected object', async ({ page, browser, baseURL }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(TWO_PODS)
    await app.chooseVersion('v1.24')
    await app.chooseTarget('Baseline')
    await page.getByTestId('object-item').nth(1).click()
    await app.waitForCurrentVerdict()
    const before = await panelState(page)
    expect(before).toMatchObject({ selectedObject: 1, windowsPanel: true })

    const link = await copyLink(page)
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v2\.[A-Za-z0-9_-]+$/)

    const visitor = await freshVisitor(browser, baseURL!)
    await openAt(visitor.page, new URL(link).hash.slice(1))
    const other = new AppPage(visitor.page)
    await expect(other.textarea).toHaveValue(TWO_PODS)
    await expect(visitor.page.getByTestId('object-item').nth(1)).toHaveAttribute('aria-current', 'true')
    await expect(visitor.page.getByLabel('Policy version')).toHaveValue('v1.24')
    await expect(visitor.page.getByRole('radio', { name: 'Baseline' })).toBeChecked()
    await expect.poll(() => panelState(visitor.page)).toEqual(before)
    await expect(visitor.page.getByTestId('notice')).toHaveCount(0)
    expect(visitor.problems).toEqual([])
    await visitor.context.close()
  })

  test('the address bar follows the state with replaceState, so Back is not flooded', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const first = await addressLink(page)
    const historyLength = await page.evaluate(() => history.length)
    await app.setText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: c\n      image: i\n')
    await app.chooseTarget('Privileged')
    await expect.poll(() => addressLink(page)).not.toBe(first)
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
  })

  test('a link from the command line opens the same state', async ({ page }) => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-cli\nspec:\n  containers:\n    - name: app\n      image: nginx\n'
    await openAt(page, await linkFor({ text, level: 'privileged', version: 'v1.30' }))
    await expect(new AppPage(page).textarea).toHaveValue(text)
    await expect(page.getByRole('radio', { name: 'Privileged' })).toBeChecked()
    await expect(page.getByLabel('Policy version')).toHaveValue('v1.30')
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-level', 'baseline')
  })
})

test.describe('hostile links', () => {
  test.beforeEach(async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`)
    })
  })

  for (const [name, fragment] of [
    ['garbage', '%3Cscript%3Ealert(1)%3C/script%3E'],
    ['characters outside base64url', 'v1.<img src=x onerror=alert(1)>'],
    ['an unknown format', 'v9.AAAA'],
    ['a cut-off link', 'v1.Y2goM-RqbuFq51JQ6EhJzc3n6uFSUJjCpaCgoD'],
  ] as const) {
    test(`${name}: a notice, and the app keeps working`, async ({ page }) => {
      await openAt(page, fragment)
      await expect(page.getByTestId('notice')).toBeVisible()
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-level', /.+/)
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
    })
  }

  test('a link with one character changed is refused with a notice, and none of its text opens', async ({ page }) => {
    const link = await linkFor({ text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: from-a-damaged-link\n' })
    const at = Math.floor(link.length / 2)
    await openAt(page, `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`)
    await expect(page.getByTestId('notice')).toContainText('cut short or changed')
    await expect(new AppPage(page).textarea).not.toHaveValue(/from-a-damaged-link/)
  })

  test('a deflate bomb is refused with a notice', async ({ page }) => {
    await openAt(page, deflateBomb(16 * 1024 * 1024))
    await expect(page.getByTestId('notice')).toContainText('more than 1 MiB')
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-level', /.+/)
  })

  test('script and img payloads inside the YAML stay text and never run', async ({ page }) => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: "<script>window.pwned = 1</script><img src=x onerror='window.pwned = 2'>"
  annotations:
    note: "<svg onload='window.pwned = 3'></svg>"
spec:
  containers:
    - name: "<img src=x onerror='window.pwned = 4'>"
      image: nginx
`
    await openAt(page, await linkFor({ text }))
    await expect(new AppPage(page).textarea).toHaveValue(text)
    await expect(page.getByTestId('verdict')).toContainText('<script>window.pwned = 1</script>')
    await expect(page.getByTestId('effective-context').first()).toContainText("<img src=x onerror='window.pwned = 4'>")
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0)
  })
})
