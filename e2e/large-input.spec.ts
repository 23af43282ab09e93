import { expect, test, type Page } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

/** About `bytes` of YAML stream: Deployments that fail Restricted (root, no seccomp), each its own document. */
function bigStream(bytes: number): { text: string; documents: number } {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const part = `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 7}
spec:
  selector:
    matchLabels:
      app: web-${i}
  template:
    metadata:
      labels:
        app: web-${i}
    spec:
      containers:
        - name: app
          image: registry.example.com/web-${i}:1.0
          securityContext:
            runAsUser: 0
        - name: sidecar
          image: registry.example.com/sidecar:2.0
          securityContext:
            readOnlyRootFilesystem: true
`
    parts.push(part)
    length += part.length
  }
  return { text: parts.join(''), documents: parts.length }
}

/** Puts a text in the plain-text editor as a paste leaves it: Chromium's own paste of megabytes takes minutes. */
function pasteIntoTextarea(page: Page, text: string) {
  return page.evaluate((value) => {
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Kubernetes manifest"]')!
    // The prototype's setter, as the browser's paste does: React's value tracker would otherwise see no change.
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    setValue.call(textarea, value)
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

test('a multi-MB paste is evaluated in the worker; paging and the detail round trip work on it', async ({ page }) => {
  // How long the main thread is blocked is a benchmark target (`npm run bench`, the paste row), not asserted here.
  test.setTimeout(120_000)
  const { text, documents } = bigStream(2 * 1024 * 1024)
  const app = new AppPage(page)
  await app.open()
  await pasteIntoTextarea(page, text)

  // The list is paged, and another object's detail comes from the worker.
  await expect(app.verdict).toContainText('Deployment web-0')
  await expect(page.getByRole('heading', { name: /^Objects/ })).toContainText(String(documents))
  const objects = page.getByTestId('object-item')
  await expect(objects).toHaveCount(100)
  await page.getByTestId('show-more-objects').click()
  await expect(objects).toHaveCount(200)
  await objects.nth(150).click()
  await expect(app.verdict).toContainText('Deployment web-150')
  await expect(app.violations().filter({ hasText: 'runAsNonRoot' })).toHaveCount(1)
  // A workload is only warned, so kubectl's text names no object: it is the detail's own message.
  await expect(page.getByTestId('kubectl-message')).toContainText('Warning: would violate PodSecurity "restricted:latest"')
  await expect(page.getByTestId('kubectl-message')).toContainText('runAsUser=0 (container "app" must not set runAsUser=0)')
})

test('a text over 1 MiB opens read-only in the plain text mode, "Edit anyway" brings the textarea back, and the notice moves nothing', async ({ page }) => {
  test.setTimeout(120_000)
  const { text } = bigStream(1.5 * 1024 * 1024)
  const app = new AppPage(page)
  await app.open()
  const editorTop = (await app.editorPane.boundingBox())!.y
  await pasteIntoTextarea(page, text)

  const view = page.getByTestId('large-text')
  await expect(view).toBeVisible()
  await expect(page.getByTestId('large-text-bar')).toContainText('read-only')
  await expect(view).toContainText('name: web-0')
  // Only the lines in view are in the page, not the whole text.
  expect(await view.evaluate((element) => element.textContent!.length)).toBeLessThan(20_000)
  await view.evaluate((element) => (element.scrollTop = element.scrollHeight / 2))
  await expect(view).not.toContainText(/name: web-0\s/)

  await expect(page.getByTestId('notice')).toContainText('larger than 1 MiB')
  expect((await app.editorPane.boundingBox())!.y).toBe(editorTop)

  await page.getByRole('button', { name: 'Edit anyway' }).click()
  await expect(app.textarea).toBeEditable()
  expect(await app.textarea.evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(text.length)
})
