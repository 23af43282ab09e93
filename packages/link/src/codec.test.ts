import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeBase64Url } from './base64url'
import { decodePermalink, encodePermalink, isPermalinkFragment } from './codec'
import { DICTIONARY_V1 } from './dictionaryV1'
import { writePayloadV1 } from './payloadV1'
import { type Snapshot, MAX_TEXT_BYTES, SNAPSHOT_DEFAULTS } from './snapshot'

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  containers:\n    - name: app\n      image: nginx\n'
const defaults: Snapshot = { ...SNAPSHOT_DEFAULTS, text: pod }

/** A v1 link around a payload built by hand, for payloads the encoder would never write. */
const linkFromPayload = (bytes: Uint8Array) => `v1.${encodeBase64Url(deflateRawSync(bytes))}`

// Manifest-like text: dictionary words, YAML punctuation and awkward characters, in any order.
const manifestText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...DICTIONARY_V1),
      fc.constantFrom('\n', '  ', '- ', ': ', '#', '"', "'", '\t', '\r\n', '\u0000', '\u0080', '\u00ff', '\ufeff', '\u{1F600}'),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))

const snapshots: fc.Arbitrary<Snapshot> = fc.record({
  text: fc.oneof(manifestText, fc.string({ unit: 'binary' })),
  version: fc.oneof(
    fc.constant('latest'),
    fc.integer({ min: 0, max: 9999 }).map((minor) => `v1.${minor}`),
  ),
  level: fc.constantFrom('privileged', 'baseline', 'restricted'),
  objectIndex: fc.integer({ min: 0, max: 9999 }),
  windowsOpen: fc.boolean(),
  presenter: fc.boolean(),
  workshop: fc.option(fc.record({ playlist: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/), step: fc.integer({ min: 0, max: 999 }) }), { nil: null }),
})

describe('permalink codec', () => {
  it('round-trips any valid snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(snapshots, async (snapshot) => {
        const decoded = await decodePermalink(await encodePermalink(snapshot))
        expect(decoded).toEqual({ ok: true, snapshot, format: 2 })
      }),
      { numRuns: 300 },
    )
  })

  it('accepts the fragment with or without its #', async () => {
    const link = await encodePermalink(defaults)
    expect(link).toMatch(/^v2\.[A-Za-z0-9_-]+$/)
    expect(isPermalinkFragment(`#${link}`)).toBe(true)
    expect(await decodePermalink(`#${link}`)).toMatchObject({ ok: true, snapshot: defaults })
  })

  it('spends no bytes on default settings', async () => {
    const plain = await encodePermalink(defaults)
    const tweaked = await encodePermalink({ ...defaults, level: 'baseline', version: 'v1.24', windowsOpen: true })
    expect(tweaked.length).toBeGreaterThan(plain.length)
    // Writing a default explicitly costs nothing: it is the same link.
    expect(await encodePermalink({ ...defaults, level: 'restricted', version: 'latest' })).toBe(plain)
  })

  it('refuses to encode what it could not decode', async () => {
    await expect(encodePermalink({ ...defaults, version: 'v2.0' })).rejects.toThrow(RangeError)
    await expect(encodePermalink({ ...defaults, objectIndex: -1 })).rejects.toThrow(RangeError)
  })
})

describe('decoding hostile or broken links', () => {
  it('never throws, whatever the fragment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `v1.${s}`),
          fc.base64String().map((s) => `v1.${s}`),
        ),
        async (fragment) => {
          const result = await decodePermalink(fragment)
          expect(typeof result.ok).toBe('boolean')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('says which links are not playground links at all', async () => {
    expect(await decodePermalink('#section-2')).toMatchObject({ ok: false, error: { kind: 'not-a-permalink' } })
    expect(await decodePermalink('')).toMatchObject({ ok: false, error: { kind: 'not-a-permalink' } })
  })

  it('refuses formats it does not know', async () => {
    for (const fragment of ['v3.Y2ZgAAA', 'v9999.abc']) {
      expect(await decodePermalink(fragment)).toMatchObject({ ok: false, error: { kind: 'unknown-version' } })
    }
  })

  it('refuses characters outside base64url', async () => {
    expect(await decodePermalink('v1.abc+def/')).toMatchObject({ ok: false, error: { kind: 'malformed' } })
    expect(await decodePermalink('v1.<script>alert(1)</script>')).toMatchObject({ ok: false, error: { kind: 'malformed' } })
    expect(await decodePermalink('v2.abc+def/')).toMatchObject({ ok: false, error: { kind: 'malformed' } })
  })

  it('reports a v1 link cut short at any point as truncated', async () => {
    const link = `v1.${encodeBase64Url(deflateRawSync(Uint8Array.from([1, 1, ...new TextEncoder().encode(pod)])))}`
    expect(await decodePermalink(link)).toMatchObject({ ok: true, snapshot: { ...defaults, level: 'baseline' } })
    for (let keep = 'v1.'.length; keep < link.length; keep += 1) {
      const result = await decodePermalink(link.slice(0, keep))
      expect(result, `cut at ${keep}`).toMatchObject({ ok: false, error: { kind: 'truncated' } })
    }
  })

  it('reports bytes that are not DEFLATE as corrupt', async () => {
    const garbage = encodeBase64Url(new TextEncoder().encode('hello world, this is not deflate'))
    expect(await decodePermalink(`v1.${garbage}`)).toMatchObject({ ok: false, error: { kind: 'corrupt' } })
  })

  it('refuses payloads with values the format does not allow', async () => {
    const text = [...new TextEncoder().encode('kind: Pod')]
    const cases = {
      'unknown header bit': [0x80, ...text],
      'level code 7': [0x01, 7, ...text],
      'minor above 9999': [0x02, 0x90, 0x4e, ...text],
      'cut-off varint': [0x04, 0x80],
      'bad playlist id': [0x20, 3, 0x41, 0x42, 0x43, 0, ...text],
      'invalid UTF-8': [0x00, 0xe2, 0x28, 0xa1],
    }
    for (const [name, bytes] of Object.entries(cases)) {
      const result = await decodePermalink(linkFromPayload(Uint8Array.from(bytes)))
      expect(result, name).toMatchObject({ ok: false, error: { kind: 'invalid' } })
    }
  })

  it('refuses a deflate bomb, and stops inflating at the limit', async () => {
    // 16 MiB of one byte compresses to about 16 KB. The stream is then cut: if the decoder
    // inflated everything before measuring, it would report "truncated", not "too-large".
    const bomb = deflateRawSync(new Uint8Array(16 * 1024 * 1024).fill(0x20))
    const cut = bomb.subarray(0, bomb.length - 16)
    const started = performance.now()
    expect(await decodePermalink(`v1.${encodeBase64Url(cut)}`)).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('refuses text that the dictionary expands past 1 MiB', async () => {
    // 60,000 one-byte tokens of 26 characters: a 60 KB payload that would become 1.5 MiB of text.
    const allowPrivilegeEscalation = 0x80 + DICTIONARY_V1.indexOf('allowPrivilegeEscalation: ')
    const result = await decodePermalink(linkFromPayload(new Uint8Array(60_000).fill(allowPrivilegeEscalation).fill(0, 0, 1)))
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } })
  })

  it('refuses an absurdly long fragment before decoding it', async () => {
    expect(await decodePermalink(`v1.${'A'.repeat(3 * 1024 * 1024)}`)).toMatchObject({ ok: false, error: { kind: 'too-large' } })
  })

  it('keeps hostile text as inert text', async () => {
    const text = 'metadata:\n  name: "<script>alert(1)</script><img src=x onerror=alert(2)>"\n'
    const decoded = await decodePermalink(await encodePermalink({ ...defaults, text }))
    expect(decoded).toMatchObject({ ok: true, snapshot: { text } })
  })
})

describe('messages of links that cannot be opened', () => {
  it('calls a text over 1 MiB after inflation too large, not unknown settings', async () => {
    for (const text of ['a'.repeat(MAX_TEXT_BYTES + 1), 'é'.repeat(MAX_TEXT_BYTES / 2 + 1), 'securityContext'.repeat(MAX_TEXT_BYTES / 15 + 1)]) {
      const decoded = await decodePermalink(linkFromPayload(writePayloadV1({ ...defaults, text })))
      expect(decoded).toMatchObject({ ok: false, error: { kind: 'too-large', message: 'This link holds more than 1 MiB of text, so it was not opened.' } })
    }
  })

  it('calls format v0 and a format with leading zeros damaged, never newer or v1', async () => {
    const v1 = linkFromPayload(writePayloadV1(defaults))
    expect(await decodePermalink(v1)).toMatchObject({ ok: true })
    for (const fragment of ['v0.', `v0.${v1.slice(3)}`, `v0001.${v1.slice(3)}`, `v01.${v1.slice(3)}`, 'v00.']) {
      const decoded = await decodePermalink(fragment)
      expect(decoded).toMatchObject({ ok: false, error: { kind: 'corrupt' } })
      expect(decoded.ok || decoded.error.message).not.toContain('newer version')
    }
  })
})
