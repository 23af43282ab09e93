/** Helpers for the sharing, drafts and workshop specs: links built in Node, fresh visitors, and reading the app's state. */
import { deflateRawSync } from 'node:zlib'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { encodeBase64Url } from '../../packages/link/src/base64url'
import { decodePermalink, encodePermalink } from '@secctx/link'
import { SNAPSHOT_DEFAULTS, type Snapshot } from '@secctx/link'

const EDITOR_MODE_KEY = 'security-context-playground.editorMode'

/** A fragment (no `#`) for a state, in the format the app writes; unspecified settings take their defaults. */
export function linkFor(state: Partial<Snapshot> & { text: string }): Promise<string> {
  return encodePermalink({ ...SNAPSHOT_DEFAULTS, ...state })
}

/** A v1 fragment whose payload inflates to `bytes` bytes of spaces: a deflate bomb. */
export function deflateBomb(bytes: number): string {
  return `v1.${encodeBase64Url(deflateRawSync(new Uint8Array(bytes).fill(0x20), { level: 9 }))}`
}

/** Opens the app at a fragment with the textarea editor, and waits for the first verdict. */
export async function openAt(page: Page, fragment: string) {
  await page.addInitScript(([key]) => localStorage.setItem(key!, 'textarea'), [EDITOR_MODE_KEY])
  await page.goto(`./${fragment ? `#${fragment}` : ''}`)
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-revision', /\d+/)
}

/** A visitor with a fresh browser profile, and a list that collects its console errors, page errors and foreign requests. */
export async function freshVisitor(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`))
  context.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1' && !/^(data|blob):/.test(request.url())) problems.push(`request: ${request.url()}`)
  })
  return { context, page, problems }
}

/** Clicks "Copy link" and returns the link the app produced. */
export async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click()
  const box = page.getByTestId('share-link')
  await expect(box).toBeVisible()
  return box.inputValue()
}

/**
 * Waits until the address bar holds a link, and returns its fragment. Given a text, waits for the
 * link of that text: until the sync catches up, the address bar still holds the previous state's
 * link (the seed's, just after start-up), whose draft is not the one the test wrote.
 */
export async function addressLink(page: Page, text?: string): Promise<string> {
  const linkedText = async () => {
    const fragment = new URL(page.url()).hash.slice(1)
    const decoded = fragment === '' ? null : await decodePermalink(fragment)
    return decoded?.ok ? decoded.snapshot.text : null
  }
  if (text === undefined) await expect.poll(linkedText).not.toBeNull()
  else await expect.poll(linkedText).toBe(text)
  return new URL(page.url()).hash.slice(1)
}

/** What the result panels show, in a comparable form. */
export async function panelState(page: Page) {
  return {
    level: await page.getByTestId('verdict').getAttribute('data-level'),
    violations: await page.getByTestId('violation').evaluateAll((items) => items.map((item) => item.getAttribute('data-check'))),
    containers: await page.getByTestId('effective-context').count(),
    windowsPanel: await page.getByTestId('windows-panel').isVisible(),
    selectedObject: await page.getByTestId('object-item').evaluateAll((items) => items.findIndex((item) => item.getAttribute('aria-current') === 'true')),
  }
}
