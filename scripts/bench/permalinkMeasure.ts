/**
 * Link length against lz-string's compressToEncodedURIComponent (what Kyverno Playground uses) on
 * the gallery, for `npm run bench`. Both encode the same state: the text plus non-default settings.
 */
import lzString from 'lz-string'
import { EXAMPLES } from '../../src/examples/catalog'
import type { Example } from '../../src/examples/types'
import { encodePermalink } from '@secctx/link'
import { type Snapshot, SNAPSHOT_DEFAULTS, nonDefaultFields } from '@secctx/link'

/** Aims for link length ÷ lz-string: over the whole gallery, and for its worst example. */
export const LINK_LENGTH_AIM = { total: 0.5, worst: 0.8 } as const

/** One example's link lengths, in characters of the URL fragment. */
export interface PermalinkMeasurement {
  id: string
  textLength: number
  /** Our fragment, `v2.` prefix and checksum included. */
  permalink: number
  /** lz-string of the JSON state, with no prefix at all. */
  lzString: number
  /** permalink / lzString; see LINK_LENGTH_AIM. */
  ratio: number
}

/** Measures every example (or the given ones) and the totals over all of them. */
export async function measurePermalinks(
  examples: readonly Example[] = EXAMPLES,
): Promise<{ rows: PermalinkMeasurement[]; total: Omit<PermalinkMeasurement, 'id'> }> {
  const rows: PermalinkMeasurement[] = []
  for (const example of examples) {
    const snapshot: Snapshot = { ...SNAPSHOT_DEFAULTS, ...example.settings, text: example.manifest }
    const permalink = (await encodePermalink(snapshot)).length
    const lz = lzString.compressToEncodedURIComponent(JSON.stringify({ text: snapshot.text, ...nonDefaultFields(snapshot) })).length
    rows.push({ id: example.id, textLength: snapshot.text.length, permalink, lzString: lz, ratio: round(permalink / lz) })
  }
  const sum = (pick: (row: PermalinkMeasurement) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const permalink = sum((row) => row.permalink)
  const lz = sum((row) => row.lzString)
  return { rows, total: { textLength: sum((row) => row.textLength), permalink, lzString: lz, ratio: round(permalink / lz) } }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
