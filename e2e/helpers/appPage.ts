/** Page object for the playground: opening it, choosing the editor, setting text, and reading the panels. */
import { expect, type Page } from '@playwright/test'

export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app with the plain textarea editor (the sturdy way to set text) unless `monaco` is asked for. */
  async open(options: { editor?: 'monaco' | 'textarea' } = {}) {
    const mode = options.editor ?? 'textarea'
    // Only on the first load of the tab, so a reload shows what the app itself remembered.
    await this.page.addInitScript((value) => {
      if (sessionStorage.getItem('e2e-editor-mode-set')) return
      sessionStorage.setItem('e2e-editor-mode-set', '1')
      localStorage.setItem('security-context-playground.editorMode', value)
    }, mode)
    await this.page.goto('./')
    await expect(this.verdict).toHaveAttribute('data-revision', /\d+/)
    if (mode === 'monaco') {
      // Monaco loads once the page is idle, or at once when the user reaches for the editor: do that.
      await this.editorPane.hover()
      await expect(this.page.locator('.monaco-editor .view-lines')).toBeVisible()
    }
  }

  get verdict() {
    return this.page.getByTestId('verdict')
  }

  get textarea() {
    return this.page.getByRole('textbox', { name: 'Kubernetes manifest' })
  }

  get editorPane() {
    return this.page.getByTestId('editor-pane')
  }

  violations() {
    return this.page.getByTestId('violation')
  }

  /** Replaces the text in textarea mode and waits until the verdict shows the new revision. */
  async setText(text: string) {
    await this.textarea.fill(text)
    await this.waitForCurrentVerdict()
  }

  /** Waits until the verdict shows the report for the editor's current revision. */
  async waitForCurrentVerdict() {
    const revision = await this.editorPane.getAttribute('data-revision')
    await expect(this.verdict).toHaveAttribute('data-revision', revision ?? '')
  }

  async chooseVersion(version: string) {
    await this.page.getByLabel('Policy version').selectOption(version)
  }

  async chooseTarget(level: 'Privileged' | 'Baseline' | 'Restricted') {
    await this.page.getByRole('radio', { name: level }).check()
  }

  /** Sets `text` (a stream over `namespaces` namespaces), opens the Namespaces view and expands every row, waiting until each shows its commands. */
  async openNamespacesExpanded(text: string, namespaces: number) {
    await this.setText(text)
    await this.page.getByTestId('namespaces-view').click()
    const plan = this.page.getByTestId('namespace-plan')
    // Under load the plan arrives after the click: count the rows first, or nothing gets expanded.
    await expect(plan.locator('[data-namespace]')).toHaveCount(namespaces)
    const collapsed = plan.getByRole('button', { expanded: false })
    for (let left = await collapsed.count(); left > 0; left--) await collapsed.first().click()
    await expect(this.page.getByTestId('namespace-command')).toHaveCount(namespaces)
  }
}
