/**
 * Writes the generated cases of the kubectl differential corpus to fixtures/kubectl-read/cases/.
 * `npx tsx scripts/kubectl-golden/generate.ts`; the same seed gives the same bytes on every run.
 * Files not named after a class here are left alone.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CASES_DIR } from './paths'
import { charsetCases, indicatorCases } from './characterCases'
import { indentCases } from './indentCases'
import { mixCases } from './mixCases'
import { Random, type Case, type CaseList } from './pod'
import { realworldCases } from './realworldCases'
import { boolNullCases, escapeCases, nonStringKeyCases, numberCases, quoteCases, scalarKeyCases, tagCases } from './scalarCases'
import { documentCases, encodingCases, jsonCases, longCases, nestingCases } from './streamCases'
import { anchorCases, complexKeyCases, duplicateCases, flowCases, mergeCases } from './structureCases'
import { blockScalarCases, commentCases, lineBreakCases, lineEndingCases, multiLineCases, tabCases } from './textCases'

const SEED = 9

/** Every generated class, each drawing from its own stream of the seeded generator so adding cases to one leaves the others unchanged. */
const CLASSES: readonly ((random: Random) => CaseList)[] = [
  numberCases,
  boolNullCases,
  scalarKeyCases,
  nonStringKeyCases,
  tagCases,
  escapeCases,
  quoteCases,
  lineBreakCases,
  lineEndingCases,
  commentCases,
  blockScalarCases,
  multiLineCases,
  tabCases,
  mergeCases,
  flowCases,
  duplicateCases,
  anchorCases,
  complexKeyCases,
  documentCases,
  jsonCases,
  encodingCases,
  nestingCases,
  longCases,
  mixCases,
  indicatorCases,
  charsetCases,
  indentCases,
  realworldCases,
]

/** A file name part made of the description: lower-case letters, digits and dashes, at most 40 characters. */
function slug(desc: string): string {
  const text = [...desc]
    .map((char) => (/[a-z0-9]/i.test(char) ? char.toLowerCase() : /[\s\-_.]/.test(char) ? '-' : `x${char.codePointAt(0)!.toString(16)}`))
    .join('')
  return text.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '') || 'empty'
}

/** File name of the `index`-th case of its class, from 1. */
function caseFileName(item: Case, index: number): string {
  return `${item.kind}-${String(index).padStart(3, '0')}-${slug(item.desc)}.${item.ext}`
}

function main(): void {
  mkdirSync(CASES_DIR, { recursive: true })
  const lists = CLASSES.map((make, i) => make(new Random(SEED * 1000 + i)))
  const generated = new Set(lists.map((list) => list.kind))
  for (const file of readdirSync(CASES_DIR)) {
    if (generated.has(file.slice(0, file.indexOf('-')))) rmSync(join(CASES_DIR, file))
  }
  let total = 0
  for (const list of lists) {
    list.cases.forEach((item, i) => writeFileSync(join(CASES_DIR, caseFileName(item, i + 1)), item.content))
    total += list.cases.length
    console.log(`${list.kind.padEnd(14)} ${list.cases.length}`)
  }
  console.log(`${'total'.padEnd(14)} ${total}`)
}

main()
