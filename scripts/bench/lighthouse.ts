/** Rows for Lighthouse 12 (its CLI, headless Chromium) on the built app, with the mobile (default) and desktop presets. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { serveApp } from './app'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium'
import { notMeasured, type Suite } from './suite'
import type { Row } from './table'

const AIM = 95
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')

interface Report {
  lighthouseVersion: string
  categories: Record<string, { score: number | null }>
  audits: Record<string, { displayValue?: string }>
  runtimeError?: { message: string }
}

function lighthouse(url: string, preset: 'mobile' | 'desktop', output: string): Promise<Report> {
  const cli = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js')
  const args = [cli, url, '--output=json', `--output-path=${output}`, `--chrome-path=${CHROMIUM}`, `--chrome-flags=${FLAGS}`]
  args.push('--only-categories=performance,accessibility', '--quiet', ...(preset === 'desktop' ? ['--preset=desktop'] : []))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'], detached: true })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-1000)))
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 240_000)
    child.on('error', (error) => (clearTimeout(timer), reject(error)))
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code !== 0 || !existsSync(output)) return reject(new Error(`lighthouse exited ${code}: ${errors.trim().split('\n').pop() ?? ''}`))
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report
      if (report.runtimeError) return reject(new Error(report.runtimeError.message))
      resolve(report)
    })
  })
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? NaN) * 100)

export const lighthouseSuite: Suite = {
  name: 'lighthouse',
  async results() {
    const rows: Row[] = []
    const presets = ['mobile', 'desktop'] as const
    const names = (preset: string) => [`lighthouse ${preset}: performance`, `lighthouse ${preset}: accessibility`]
    let url: string
    try {
      if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
      url = (await serveApp()).url
    } catch (error) {
      return presets.flatMap((preset) => names(preset).map((name) => notMeasured(name, `≥ ${AIM}`, error)))
    }
    const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'))
    try {
      for (const preset of presets) {
        const [performanceName, accessibilityName] = names(preset)
        try {
          const report = await lighthouse(url, preset, join(dir, `${preset}.json`))
          const performance = score(report, 'performance')
          const accessibility = score(report, 'accessibility')
          const metric = (id: string, label: string) => `${label} ${report.audits[id]?.displayValue ?? '?'}`
          rows.push(
            {
              name: performanceName,
              figure: String(performance),
              aim: `≥ ${AIM}`,
              met: performance >= AIM,
              note: `Lighthouse ${report.lighthouseVersion}; ${['first-contentful-paint:FCP', 'largest-contentful-paint:LCP', 'total-blocking-time:TBT', 'cumulative-layout-shift:CLS'].map((pair) => metric(...(pair.split(':') as [string, string]))).join(', ')}`,
            },
            { name: accessibilityName, figure: String(accessibility), aim: `≥ ${AIM}`, met: accessibility >= AIM },
          )
        } catch (error) {
          rows.push(notMeasured(performanceName, `≥ ${AIM}`, error), notMeasured(accessibilityName, `≥ ${AIM}`, error))
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return rows
  },
}
