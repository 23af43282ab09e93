/**
 * The shared Playwright fixture: every test fails on console errors or warnings, uncaught page
 * errors, Content-Security-Policy violations, and requests to any host but 127.0.0.1.
 */
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test'

export interface GuardOptions {
  /** Console texts a test expects (e.g. from a deliberately blocked chunk); everything else still fails. */
  allowedConsole: RegExp | null
}

const CSP_MARKER = '[csp-violation]'

/** Runs in every page before the app: turns CSP violations into console errors the fixture sees. */
function reportCspViolations(marker: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`${marker} ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`)
  })
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true
  try {
    return new URL(url).hostname === '127.0.0.1'
  } catch {
    return false
  }
}

export const test = base.extend<GuardOptions & { guard: string[] }>({
  allowedConsole: [null, { option: true }],
  guard: [
    async ({ page, context, allowedConsole }, use) => {
      const problems: string[] = []
      const onConsole = (where: string) => (message: ConsoleMessage) => {
        const type = message.type()
        if (type !== 'error' && type !== 'warning') return
        const text = message.text()
        if (allowedConsole?.test(text)) return
        problems.push(`${where} console.${type}: ${text}`)
      }
      await page.addInitScript(reportCspViolations, CSP_MARKER)
      page.on('console', onConsole('page'))
      page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)))
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
      context.on('request', (request) => {
        if (!isLocal(request.url())) problems.push(`request to a foreign host: ${request.url()}`)
      })
      await use(problems)
      expect(problems, 'console errors, page errors, CSP violations or foreign requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
export type { Page }
