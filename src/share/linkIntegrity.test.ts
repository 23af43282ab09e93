/** v2 links carry a checksum: any one-character change, and any cut, is refused with the cut-link notice. */
import { describe, expect, it } from 'vitest'
import { decodePermalink, encodePermalink } from '@secctx/link'
import { permalinkError } from '@secctx/link'
import { EXAMPLES } from '../examples/catalog'
import { SNAPSHOT_DEFAULTS, type Snapshot } from '@secctx/link'

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CUT_NOTICE = permalinkError('truncated', '').message

const links: Array<[string, Snapshot]> = [
  ['a one-line text', { ...SNAPSHOT_DEFAULTS, text: 'kind: Pod\n' }],
  [
    'every setting changed',
    {
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n',
      version: 'v1.24',
      level: 'baseline',
      objectIndex: 3,
      windowsOpen: true,
      presenter: true,
      workshop: { playlist: 'privileged-to-restricted', step: 2 },
    },
  ],
  ['a gallery example', { ...SNAPSHOT_DEFAULTS, ...EXAMPLES[0]!.settings, text: EXAMPLES[0]!.manifest }],
]

describe('v2 link integrity', () => {
  for (const [name, snapshot] of links) {
    it(`${name}: every one-character change at every position is refused`, async () => {
      const link = await encodePermalink(snapshot)
      expect(link.startsWith('v2.')).toBe(true)
      expect(await decodePermalink(link)).toEqual({ ok: true, snapshot, format: 2 })
      for (let at = 'v2.'.length; at < link.length; at += 1) {
        for (const char of BASE64URL) {
          if (char === link[at]) continue
          const result = await decodePermalink(link.slice(0, at) + char + link.slice(at + 1))
          if (result.ok || result.error.message !== CUT_NOTICE) {
            expect.fail(`${char} at ${at} was ${result.ok ? 'opened' : `refused as ${result.error.kind}`}`)
          }
        }
      }
    })

    it(`${name}: a cut at any point is refused`, async () => {
      const link = await encodePermalink(snapshot)
      for (let keep = 'v2.'.length; keep < link.length; keep += 1) {
        expect(await decodePermalink(link.slice(0, keep)), `cut at ${keep}`).toMatchObject({ ok: false, error: { message: CUT_NOTICE } })
      }
    })
  }
})
