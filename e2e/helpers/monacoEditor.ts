/** Drives the real Monaco editor through the keyboard and the clipboard, as a user would. */
import { expect, type Page } from '@playwright/test'

export class MonacoEditor {
  constructor(readonly page: Page) {}

  get surface() {
    return this.page.locator('.monaco-editor .view-lines')
  }

  /**
   * Replaces all text by pasting it: Monaco treats `keyboard.insertText` as typing, so its
   * auto-indent would shift every new line. Needs the clipboard permissions (see `clipboardUse`).
   */
  async setText(text: string) {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text)
    await this.surface.click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  /** Line number Monaco highlights as the cursor's line. */
  async cursorLine(): Promise<number> {
    const active = this.page.locator('.monaco-editor .line-numbers.active-line-number')
    await expect(active).toHaveCount(1)
    return Number((await active.textContent())?.trim())
  }
}

/** `test.use(clipboardUse)` in specs that set Monaco text. */
export const clipboardUse = { permissions: ['clipboard-read', 'clipboard-write'] }
