import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { clipboardUse, MonacoEditor } from './helpers/monacoEditor'
import { SEED } from './helpers/seed'

/** Meets Baseline; at Restricted only the escalation check fails, in one container. */
const ESCALATES = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: web
    image: nginx
    securityContext:
      capabilities:
        drop: ["ALL"]
`

test.describe('Fix it', () => {
  test('a Fix button previews the patch with its label, applies it as one edit, and Ctrl+Z takes it back', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(ESCALATES)
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    const row = page.locator('[data-testid="violation"][data-check="allowPrivilegeEscalation"]')
    await row.getByTestId('fix').click()
    const preview = row.getByTestId('fix-preview')
    await expect(preview.getByTestId('fix-label')).toHaveText('safe')
    await expect(preview).toContainText('+      allowPrivilegeEscalation: false')
    await preview.getByTestId('apply-fix').click()
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
    await expect(app.textarea).toHaveValue(ESCALATES.replace('drop: ["ALL"]\n', 'drop: ["ALL"]\n      allowPrivilegeEscalation: false\n'))

    await app.textarea.focus()
    await page.keyboard.press('ControlOrMeta+Z')
    await expect(app.textarea).toHaveValue(ESCALATES)
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  })

  test('Make it Restricted on the start-up example reaches Restricted, and undo restores the example', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    await page.getByTestId('make-level').click()
    const preview = page.getByTestId('fix-preview')
    await expect(preview).toContainText('changes make the object meet Restricted')
    await preview.getByTestId('apply-fix').click()
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
    await expect(page.getByTestId('make-level')).toHaveCount(0)
    // Every comment of the example is still there.
    for (const comment of SEED.match(/#[^\n]*/g) ?? []) expect(await app.textarea.inputValue()).toContain(comment)

    await app.textarea.focus()
    await page.keyboard.press('ControlOrMeta+Z')
    await expect(app.textarea).toHaveValue(SEED)
    await app.waitForCurrentVerdict()
    await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  })

  test.describe('in the code editor', () => {
    test.use(clipboardUse)

    test('a quick fix on a Pod Security marker changes the verdict, and Ctrl+Z takes it back', async ({ page }) => {
      const app = new AppPage(page)
      const editor = new MonacoEditor(page)
      await app.open({ editor: 'monaco' })
      await editor.setText(ESCALATES)
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
      // The fixes arrive after the verdict (worked out in the worker); the quick fixes come with them.
      await expect(page.locator('[data-check="allowPrivilegeEscalation"] .fix-control')).toHaveAttribute('data-state', 'done')
      // The missing field is marked on the container's securityContext (line 14): go there, ask for quick fixes.
      await editor.surface.click()
      await page.keyboard.press('ControlOrMeta+G')
      await page.keyboard.type('14')
      await page.keyboard.press('Enter')
      await page.keyboard.press('ControlOrMeta+.')
      const action = page.getByRole('option', { name: /Fix allowPrivilegeEscalation \(safe\)/ })
      await action.click()
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'restricted')

      await page.keyboard.press('ControlOrMeta+Z')
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    })

    test('the Fix button applies in the code editor too, as one undoable edit', async ({ page }) => {
      const app = new AppPage(page)
      const editor = new MonacoEditor(page)
      await app.open({ editor: 'monaco' })
      await editor.setText(ESCALATES)
      await app.waitForCurrentVerdict()
      const row = page.locator('[data-testid="violation"][data-check="allowPrivilegeEscalation"]')
      await row.getByTestId('fix').click()
      await row.getByTestId('apply-fix').click()
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
      await editor.surface.click()
      await page.keyboard.press('ControlOrMeta+Z')
      await app.waitForCurrentVerdict()
      await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
    })
  })
})
