/**
 * A manifest file's bytes → text, as kubectl decodes them before any YAML is read: a UTF-8 or UTF-16
 * byte-order mark picks the encoding (and is dropped); without one the bytes are UTF-8. Invalid
 * UTF-8 and unpaired UTF-16 surrogates become U+FFFD, as golang.org/x/text does for kubectl.
 */

/** The decoder every engine host has (browsers, workers, Node); declared here because the engine is built without DOM types. */
interface TextDecoderLike {
  decode(bytes: Uint8Array): string
}
type TextDecoderConstructor = new (label: string, options?: { ignoreBOM?: boolean }) => TextDecoderLike
const HostTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder

/** Decodes a manifest file; an encoding kubectl cannot read either is an error that says which, never an exception. */
export function decodeManifestBytes(bytes: Uint8Array): { text: string } | { error: string } {
  const [b0, b1, b2, b3] = bytes
  // UTF-32 marks begin with a UTF-16 one: kubectl then reads NUL characters and refuses the file.
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { error: 'the file is UTF-32, which kubectl cannot read either; save it as UTF-8' }
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode('utf-8', bytes.subarray(3)) }
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)) }
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', bytes.subarray(2)) }
  const utf16 = unmarkedUtf16(bytes)
  if (utf16) {
    return {
      error: `the file looks like ${utf16} without a byte-order mark, which kubectl cannot read either (it sees NUL characters); save it as UTF-8, or as UTF-16 with a byte-order mark`,
    }
  }
  return { text: decode('utf-8', bytes) }
}

function decode(encoding: string, bytes: Uint8Array): string {
  // The mark has been taken off already; a second one is text, which the YAML reader handles as go-yaml does.
  return new HostTextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
}

/**
 * UTF-16 without a mark: text whose first characters are ASCII, each followed (LE) or preceded (BE)
 * by a NUL byte. Anything else, binary junk included, is left to the YAML reader, which refuses a
 * NUL or control character at its line and column.
 */
function unmarkedUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const units = Math.min(bytes.length, 64) >> 1
  if (units === 0) return undefined
  let littleEndian = true
  let bigEndian = true
  for (let i = 0; i < units; i++) {
    const [first, second] = [bytes[2 * i], bytes[2 * i + 1]]
    littleEndian &&= second === 0 && isAsciiText(first)
    bigEndian &&= first === 0 && isAsciiText(second)
  }
  return littleEndian ? 'UTF-16LE' : bigEndian ? 'UTF-16BE' : undefined
}

function isAsciiText(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f)
}
