import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32 } from './crc32'

describe('crc32', () => {
  it('gives the standard check value and agrees with zlib', () => {
    const encode = (text: string) => new TextEncoder().encode(text)
    // The catalogue check value of CRC-32/ISO-HDLC.
    expect(crc32(encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
    for (const text of ['a', 'apiVersion: v1\nkind: Pod\n', 'caf\u00e9 \u{1F600}'.repeat(50)]) {
      expect(crc32(encode(text))).toBe(zlibCrc32(encode(text)))
    }
  })
})
