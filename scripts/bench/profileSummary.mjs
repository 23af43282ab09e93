// Self and total time by function from a V8 .cpuprofile:
//   node scripts/bench/profileSummary.mjs file.cpuprofile [top]
import { readFileSync } from 'node:fs'

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const top = Number(process.argv[3] ?? 40)
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000 // ms per sample
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const keyOf = ({ callFrame: { functionName, url, lineNumber } }) =>
  `${functionName || '(anonymous)'}  ${url.replace(/^.*\//, '') || '(native)'}:${lineNumber + 1}`

const self = new Map()
const total = new Map()
for (const id of profile.samples) {
  const key = keyOf(nodes.get(id))
  self.set(key, (self.get(key) ?? 0) + 1)
  // Each function counts once per sample however deep it recurses.
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(nodes.get(at)))
  for (const name of seen) total.set(name, (total.get(name) ?? 0) + 1)
}
const samples = profile.samples.length
const print = (title, map) => {
  console.log(`\n${title} (of ${(samples * interval).toFixed(0)} ms sampled)`)
  for (const [key, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(hits * interval).toFixed(1).padStart(9)} ms ${((100 * hits) / samples).toFixed(1).padStart(5)}%  ${key}`)
  }
}
print('Self time by function', self)
print('Total time by function (callees included)', total)

// With a third argument (a function name), its self time by source line of the profiled file.
const focus = process.argv[4]
if (focus) {
  const lines = new Map()
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== focus) continue
    for (const { line, ticks } of node.positionTicks ?? []) lines.set(line, (lines.get(line) ?? 0) + ticks)
  }
  const source = readFileSync(new URL(profile.nodes.find((n) => n.callFrame.functionName === focus).callFrame.url), 'utf8').split('\n')
  console.log(`\n${focus}: self time by line`)
  for (const [line, ticks] of [...lines].sort((a, b) => a[0] - b[0]))
    console.log(`${(ticks * interval).toFixed(1).padStart(8)} ms  ${line}: ${source[line - 1].trim().slice(0, 140)}`)
}
