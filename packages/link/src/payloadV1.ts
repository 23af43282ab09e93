/**
 * Format v1's payload, before compression: one mask byte saying which settings differ from the
 * defaults, those settings in a fixed order, then the manifest text packed with the v1 dictionary.
 */
import { LEVELS, readPolicyVersion } from '@secctx/engine'
import { ByteReader, concatBytes, writeVarint } from './bytes'
import { DICTIONARY_V1 } from './dictionaryV1'
import { type Snapshot, MAX_TEXT_BYTES, SNAPSHOT_DEFAULTS, nonDefaultFields } from './snapshot'
import { packText, unpackText } from './tokens'

const HAS_LEVEL = 1
const HAS_VERSION = 2
const HAS_OBJECT_INDEX = 4
const WINDOWS_OPEN = 8
const PRESENTER = 16
const HAS_WORKSHOP = 32
const KNOWN_BITS = 63
// A level's code is its index in the engine's LEVELS (least to most strict), an order that never changes.
const LEVEL_CODES = LEVELS

/** Serialises a valid snapshot; only fields that differ from the defaults cost bytes. */
export function writePayloadV1(snapshot: Snapshot): Uint8Array {
  const diff = nonDefaultFields(snapshot)
  const header: number[] = [0]
  let mask = 0
  if (diff.level !== undefined) {
    mask |= HAS_LEVEL
    header.push(LEVEL_CODES.indexOf(diff.level))
  }
  if (diff.version !== undefined) {
    mask |= HAS_VERSION
    // A valid snapshot's version other than the default (`latest`) is `v1.<minor>`: only the minor is written.
    const minor = readPolicyVersion(diff.version)
    if (typeof minor !== 'number') throw new RangeError(`version ${diff.version}`)
    writeVarint(header, minor)
  }
  if (diff.objectIndex !== undefined) {
    mask |= HAS_OBJECT_INDEX
    writeVarint(header, diff.objectIndex)
  }
  if (diff.windowsOpen) mask |= WINDOWS_OPEN
  if (diff.presenter) mask |= PRESENTER
  if (diff.workshop) {
    mask |= HAS_WORKSHOP
    // Playlist ids are validated ASCII, so their UTF-16 units are their bytes.
    writeVarint(header, diff.workshop.playlist.length)
    for (const char of diff.workshop.playlist) header.push(char.charCodeAt(0))
    writeVarint(header, diff.workshop.step)
  }
  header[0] = mask
  return concatBytes([Uint8Array.from(header), packText(snapshot.text, DICTIONARY_V1)])
}

/** Raw fields read from a payload, or what was wrong with it. */
export type PayloadRead = { ok: true; fields: Record<string, unknown> } | { ok: false; problem: string; tooLarge?: true }

/** Parses a v1 payload into raw fields; the caller validates their values. */
export function readPayloadV1(bytes: Uint8Array): PayloadRead {
  const reader = new ByteReader(bytes)
  const mask = reader.byte()
  if (mask === null) return { ok: false, problem: 'empty payload' }
  if ((mask & ~KNOWN_BITS) !== 0) return { ok: false, problem: 'unknown header bits' }
  const fields: Record<string, unknown> = { ...SNAPSHOT_DEFAULTS }
  if (mask & HAS_LEVEL) {
    const code = reader.byte()
    if (code === null || LEVEL_CODES[code] === undefined) return { ok: false, problem: 'bad level' }
    fields.level = LEVEL_CODES[code]
  }
  if (mask & HAS_VERSION) {
    const minor = reader.varint()
    if (minor === null) return { ok: false, problem: 'bad version' }
    fields.version = `v1.${minor}`
  }
  if (mask & HAS_OBJECT_INDEX) {
    fields.objectIndex = reader.varint()
    if (fields.objectIndex === null) return { ok: false, problem: 'bad object index' }
  }
  fields.windowsOpen = (mask & WINDOWS_OPEN) !== 0
  fields.presenter = (mask & PRESENTER) !== 0
  if (mask & HAS_WORKSHOP) {
    const length = reader.varint()
    const id = length === null || length > 64 ? null : reader.take(length)
    const step = reader.varint()
    if (id === null || step === null) return { ok: false, problem: 'bad workshop step' }
    fields.workshop = { playlist: new TextDecoder().decode(id), step }
  }
  const text = unpackText(reader.rest(), DICTIONARY_V1, MAX_TEXT_BYTES)
  if (!text.ok) return text.tooLarge ? { ok: false, problem: 'text is larger than 1 MiB', tooLarge: true } : { ok: false, problem: 'text is not valid UTF-8' }
  fields.text = text.text
  return { ok: true, fields }
}
