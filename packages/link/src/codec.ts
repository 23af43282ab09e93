/**
 * Permalinks: a snapshot ⇄ the URL fragment `v<N>.<base64url(...)>`: v1 is deflate-raw(payload),
 * v2 the same followed by a CRC-32 of it. The fragment never reaches a server. Decoding never
 * throws: every failure is a typed error.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url'
import { deflateRaw, inflateRawLimited } from './deflate'
import { type PermalinkError, permalinkError } from './errors'
import { frameV2, unframeV2 } from './frameV2'
import { readPayloadV1, writePayloadV1 } from './payloadV1'
import { type Snapshot, MAX_TEXT_BYTES, validateSnapshot } from './snapshot'

/** The format new links are written in. */
export const CURRENT_FORMAT = 2

/** The largest inflated payload accepted: the text limit plus room for the header. */
export const MAX_PAYLOAD_BYTES = MAX_TEXT_BYTES + 1024

/** Longer fragments are refused before any work; real 1 MiB manifests compress far below this. */
export const MAX_FRAGMENT_LENGTH = 2 * 1024 * 1024

const FRAGMENT = /^v([0-9]{1,4})\.([\s\S]*)$/

/** A validated snapshot and the format it was written in, or why the link cannot be opened. */
export type DecodeResult = { ok: true; snapshot: Snapshot; format: number } | { ok: false; error: PermalinkError }

/**
 * The fragment (without `#`) for a snapshot, in the current format. Throws only for an invalid
 * snapshot. Text travels as UTF-8, so a lone UTF-16 surrogate comes back as U+FFFD.
 */
export async function encodePermalink(snapshot: Snapshot): Promise<string> {
  const checked = validateSnapshot(snapshot)
  if (!checked.ok) throw new RangeError(`cannot share this state: ${checked.problem}`)
  const compressed = await deflateRaw(writePayloadV1(checked.snapshot))
  return `v${CURRENT_FORMAT}.${encodeBase64Url(frameV2(compressed))}`
}

/** Whether a fragment looks like a playground link at all (any format version). */
export function isPermalinkFragment(fragment: string): boolean {
  return FRAGMENT.test(fragment.replace(/^#/, ''))
}

/** Reads a fragment (with or without `#`) of any format version into a validated snapshot. */
export async function decodePermalink(fragment: string): Promise<DecodeResult> {
  try {
    return await decodeUnguarded(fragment.replace(/^#/, ''))
  } catch (error) {
    // Nothing below should throw; if it does, the link is still just a bad link.
    return failure(permalinkError('corrupt', error instanceof Error ? error.message : String(error)))
  }
}

async function decodeUnguarded(fragment: string): Promise<DecodeResult> {
  if (fragment.length > MAX_FRAGMENT_LENGTH) return failure(permalinkError('too-large', `${fragment.length} characters`))
  const match = FRAGMENT.exec(fragment)
  if (!match) return failure(permalinkError('not-a-permalink', fragment.slice(0, 40)))
  const format = Number(match[1])
  const body = match[2]!
  // Formats count from 1 and are written without leading zeros: no playground made `v0.` or `v0001.`.
  if (format === 0 || match[1] !== String(format)) return failure(permalinkError('corrupt', `format v${match[1]}`))

  // One case per format ever released, oldest first. A later format adds its case below and a
  // `migrateVnToVm` step at the end of the previous case, which then falls through.
  let fields: Record<string, unknown>
  switch (format) {
    case 1:
    case 2: {
      // v2 is v1's payload with a checksum around it.
      const payload = await inflateBody(body, format)
      if (!payload.ok) return payload
      const read = readPayloadV1(payload.bytes)
      // A text that expands past 1 MiB is a size problem, not unknown settings.
      if (!read.ok) return failure(permalinkError(read.tooLarge ? 'too-large' : 'invalid', read.problem))
      fields = read.fields
      break
    }
    default:
      return failure(permalinkError('unknown-version', `format v${format}`))
  }

  const checked = validateSnapshot(fields)
  if (!checked.ok) return failure(permalinkError('invalid', checked.problem))
  return { ok: true, snapshot: checked.snapshot, format }
}

async function inflateBody(body: string, format: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: PermalinkError }> {
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return failure(permalinkError('malformed', 'not base64url'))
  let compressed: Uint8Array | null
  if (format === 1) {
    // The encoder never leaves one odd character; a link that ends so, or holds nothing, was cut short.
    compressed = body.length % 4 === 1 ? null : decodeBase64Url(body)
    if (!compressed || compressed.byteLength === 0) return failure(permalinkError('truncated', 'payload cut short'))
  } else {
    // Checked before inflating, so a changed link is never inflated.
    const framed = decodeBase64Url(body, { canonical: true })
    compressed = framed && unframeV2(framed)
    if (!compressed) return failure(permalinkError('damaged', 'checksum does not match'))
  }
  const inflated = await inflateRawLimited(compressed, MAX_PAYLOAD_BYTES)
  if (!inflated.ok) return failure(permalinkError(inflated.failure, inflated.detail))
  return inflated
}

function failure(error: PermalinkError): { ok: false; error: PermalinkError } {
  return { ok: false, error }
}
