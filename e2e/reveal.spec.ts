import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { MonacoEditor } from './helpers/monacoEditor'

test.describe('moving the cursor from the panels', () => {
  test('a violation location moves the textarea caret to its line', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const violation = app.violations().filter({ hasText: 'allowPrivilegeEscalation' })
    const location = violation.getByRole('button').first()
    const line = Number((await location.textContent())?.match(/Ln (\d+)/)?.[1])
    expect(line).toBeGreaterThan(1)
    await location.click()

    await expect(app.textarea).toBeFocused()
    const caretLine = await app.textarea.evaluate((element: HTMLTextAreaElement) => element.value.slice(0, element.selectionStart).split('\n').length)
    expect(caretLine).toBe(line)
    await expect(page.getByTestId('cursor-status')).toContainText(`Ln ${line},`)
  })

  test('a violation location moves the Monaco cursor to its line', async ({ page }) => {
    const app = new AppPage(page)
    await app.open({ editor: 'monaco' })
    const editor = new MonacoEditor(page)
    const location = app.violations().filter({ hasText: 'capabilities_restricted' }).getByRole('button').first()
    const line = Number((await location.textContent())?.match(/Ln (\d+)/)?.[1])
    await location.click()
    await expect(page.getByTestId('cursor-status')).toContainText(`Ln ${line},`)
    await expect.poll(() => editor.cursorLine()).toBe(line)
  })

  test('an effective field and an input error move the caret too', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    const web = page.getByTestId('effective-context').filter({ has: page.getByRole('heading', { name: 'web', exact: true }) })
    await web.getByRole('button', { name: 'readOnlyRootFilesystem' }).click()
    const caretLineText = await app.textarea.evaluate((element: HTMLTextAreaElement) => {
      const before = element.value.slice(0, element.selectionStart)
      return element.value.split('\n')[before.split('\n').length - 1]
    })
    expect(caretLineText).toContain('readOnlyRootFilesystem: true')

    await app.setText('kind: Pod\nmetadata:\n  name: [unclosed\n')
    const error = page.getByTestId('input-errors').getByRole('button').first()
    await error.click()
    await expect(page.getByTestId('cursor-status')).toContainText(/Ln [1-4],/)
  })
})
