/**
 * Browser benchmark (not a test): how long the built app takes from an edit to the verdict for
 * that edit on screen, for a 30-line and a 300-line manifest.
 *
 * Standalone: `npx tsx scripts/bench/browser.ts [baseUrl]`. Without a URL it serves the built app
 * itself (`vite preview` of `$BENCH_DIST`, default `dist-app`, else `dist`) on 127.0.0.1:4290.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium'

export interface EditToVerdictResult {
  /** Lines of the manifest being edited. */
  lines: number
  /** Timed edits (after warm-up). */
  edits: number
  medianMs: number
  p95Ms: number
  samples: number[]
}

export interface EditToVerdictOptions {
  /** Timed edits per manifest; ~30 by default. */
  edits?: number
  warmup?: number
  executablePath?: string
}

/**
 * Measures edit → verdict on screen in the built app at `baseUrl`, in the plain textarea mode so
 * the numbers are the app's (store, worker, engine, render), not Monaco's typing. One sample is
 * the time from the `input` event that changes the text to the first animation frame after the
 * verdict element's `data-revision` names the new document revision, i.e. just before the paint
 * that shows it. Edits alternate `runAsUser: 1000` ↔ `runAsUser: 0`, which flips the verdict.
 */
export async function measureEditToVerdict(baseUrl: string, options: EditToVerdictOptions = {}): Promise<EditToVerdictResult[]> {
  const edits = options.edits ?? 30
  const warmup = options.warmup ?? 5
  const executablePath = options.executablePath ?? (existsSync(CHROMIUM) ? CHROMIUM : undefined)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a
    // `__name` helper that exists only in Node; give the page a no-op one.
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.addInitScript(() => localStorage.setItem('security-context-playground.editorMode', 'textarea'))
    await page.goto(baseUrl)
    await page.locator('[data-testid="verdict"][data-revision]').waitFor()
    const results: EditToVerdictResult[] = []
    for (const documents of [1, 10]) {
      const text = manifest(documents)
      await timeEdit(page, text)
      const samples: number[] = []
      for (let i = 0; i < warmup + edits; i++) {
        const ms = await timeEdit(page, i % 2 === 0 ? text.replaceAll('runAsUser: 1000', 'runAsUser: 0') : text)
        if (i >= warmup) samples.push(ms)
      }
      results.push({ lines: text.split('\n').length - 1, edits, ...summarise(samples) })
    }
    return results
  } finally {
    await browser.close()
  }
}

/** Sets the textarea's text as one input event and resolves with the milliseconds until the verdict for it is on screen. */
function timeEdit(page: Page, text: string): Promise<number> {
  return page.evaluate((next) => {
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Kubernetes manifest"]')!
    const pane = document.querySelector<HTMLElement>('[data-testid="editor-pane"]')!
    const expected = String(Number(pane.dataset.revision) + 1)
    const shown = () => document.querySelector('[data-testid="verdict"]')?.getAttribute('data-revision') === expected
    // React tracks the value through the instance setter; the prototype's setter makes this a real change.
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    return new Promise<number>((resolve) => {
      const start = performance.now()
      const finish = () => requestAnimationFrame(() => resolve(performance.now() - start))
      const observer = new MutationObserver(() => {
        if (!shown()) return
        observer.disconnect()
        finish()
      })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-revision'] })
      setValue.call(textarea, next)
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    })
  }, text)
}

function summarise(samples: number[]): { medianMs: number; p95Ms: number; samples: number[] } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { medianMs: at(0.5), p95Ms: at(0.95), samples }
}

/** `documents` Deployments of 30 lines each, every one with pod- and container-level securityContext. */
export function manifest(documents: number): string {
  return Array.from({ length: documents }, (_, i) => deployment(`web-${i}`)).join('')
}

function deployment(name: string): string {
  return `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: registry.example.com/${name}:1.0
          securityContext:
            runAsUser: 1000
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
        - name: sidecar
          image: registry.example.com/sidecar:2.0
          securityContext:
            readOnlyRootFilesystem: true
`
}

/** Serves a built app with `vite preview` until `stop` is called. */
async function servePreview(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}/`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return { url, stop: () => child.pid && process.kill(-child.pid) }
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (child.pid) process.kill(-child.pid)
  throw new Error(`vite preview of ${dir} did not answer on ${url}`)
}

async function main(): Promise<void> {
  let url = process.argv[2]
  let stop = () => {}
  if (!url) {
    const dir = process.env.BENCH_DIST ?? (existsSync('dist-app') ? 'dist-app' : 'dist')
    if (!existsSync(dir)) throw new Error(`no built app in ${dir}: run \`npx vite build --outDir ${dir}\` first`)
    ;({ url, stop } = await servePreview(dir, Number(process.env.BENCH_PORT ?? 4290)))
  }
  try {
    console.log(`Edit → verdict on screen, ${url}, textarea mode`)
    for (const result of await measureEditToVerdict(url)) {
      console.log(
        `${String(result.lines).padStart(4)} lines: median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms (${result.edits} edits)`,
      )
    }
    console.log(
      `Load average: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    )
  } finally {
    stop()
  }
}

// No top-level await, so `index.ts` can import this module from any loader.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
