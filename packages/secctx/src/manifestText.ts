/** A manifest input's bytes → its text, decoded as kubectl decodes a file (byte-order marks, UTF-16). */
import { decodeManifestBytes } from '@secctx/engine'

/** The text of an input; an encoding kubectl cannot read either throws an Error that says which, reported as an unreadable input. */
export function manifestText(bytes: Uint8Array): string {
  const decoded = decodeManifestBytes(bytes)
  if ('error' in decoded) throw new Error(decoded.error)
  return decoded.text
}
