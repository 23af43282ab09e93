import { describe, expect, it } from 'vitest'
import { decodeManifestBytes } from './decodeBytes'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)))
const utf16 = (text: string, littleEndian: boolean) =>
  [...text].flatMap((char) => {
    const code = char.charCodeAt(0)
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
  })

describe('decodeManifestBytes', () => {
  it('reads UTF-8, and drops a UTF-8 byte-order mark as kubectl does', () => {
    expect(decodeManifestBytes(bytes('kind: Pod\n'))).toEqual({ text: 'kind: Pod\n' })
    expect(decodeManifestBytes(bytes([0xef, 0xbb, 0xbf], 'kind: Pod\n'))).toEqual({ text: 'kind: Pod\n' })
    expect(decodeManifestBytes(bytes(''))).toEqual({ text: '' })
  })

  it('keeps a second byte-order mark for the YAML reader, which skips it as go-yaml does', () => {
    expect(decodeManifestBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a: b'))).toEqual({ text: '\uFEFFa: b' })
  })

  it('decodes UTF-16 with a byte-order mark, either byte order (PowerShell 5 writes UTF-16LE)', () => {
    expect(decodeManifestBytes(bytes([0xff, 0xfe], utf16('hostNetwork: é', true)))).toEqual({ text: 'hostNetwork: é' })
    expect(decodeManifestBytes(bytes([0xfe, 0xff], utf16('hostNetwork: é', false)))).toEqual({ text: 'hostNetwork: é' })
  })

  it('turns invalid UTF-8 into U+FFFD per maximal invalid sequence, byte for byte as kubectl 1.32 prints it', () => {
    // Each expectation was read from `kubectl label --local -o json` on the same bytes.
    expect(decodeManifestBytes(bytes('x', [0xe2, 0x82], 'y'))).toEqual({ text: 'x\uFFFDy' })
    expect(decodeManifestBytes(bytes('x', [0xed, 0xa0, 0x80], 'y'))).toEqual({ text: 'x\uFFFD\uFFFD\uFFFDy' })
    expect(decodeManifestBytes(bytes('x', [0xc0, 0x80], 'y'))).toEqual({ text: 'x\uFFFD\uFFFDy' })
    expect(decodeManifestBytes(bytes('x', [0xc3], '(y'))).toEqual({ text: 'x\uFFFD(y' })
  })

  it('turns an unpaired surrogate or a trailing odd byte of UTF-16 into U+FFFD', () => {
    expect(decodeManifestBytes(bytes([0xff, 0xfe], utf16('x', true), [0x00, 0xd8], utf16('y', true)))).toEqual({ text: 'x\uFFFDy' })
    expect(decodeManifestBytes(bytes([0xff, 0xfe], utf16('xy', true), [0x41]))).toEqual({ text: 'xy\uFFFD' })
  })

  it('refuses UTF-16 without a byte-order mark and UTF-32, which kubectl cannot read either, naming the encoding', () => {
    expect(decodeManifestBytes(bytes(utf16('kind: Pod', true)))).toEqual({ error: expect.stringContaining('UTF-16LE without a byte-order mark') })
    expect(decodeManifestBytes(bytes(utf16('kind: Pod', false)))).toEqual({ error: expect.stringContaining('UTF-16BE without a byte-order mark') })
    expect(decodeManifestBytes(bytes([0xff, 0xfe, 0, 0], [0x61, 0, 0, 0]))).toEqual({ error: expect.stringContaining('UTF-32') })
    expect(decodeManifestBytes(bytes([0, 0, 0xfe, 0xff], [0, 0, 0, 0x61]))).toEqual({ error: expect.stringContaining('UTF-32') })
  })

  it('leaves a NUL later in a UTF-8 file to the YAML reader, which reports it in its own document', () => {
    expect(decodeManifestBytes(bytes('a: b\n---\nc: "\u0000"'))).toEqual({ text: 'a: b\n---\nc: "\u0000"' })
  })
})
