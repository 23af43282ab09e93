/**
 * Fingerprints that name a finding by what it is about, not by where it is written: GitHub code
 * scanning matches results across runs by `partialFingerprints.primaryLocationLineHash` (with the
 * file and the rule), so a finding whose line moves keeps its alert instead of closing it and opening
 * a duplicate. The upload action computes that value from the line's text only when a result has none.
 */
import { createHash } from 'node:crypto'

/** The key GitHub reads. */
export const FINGERPRINT_KEY = 'primaryLocationLineHash'

/** What a finding is about; every field is stable under edits that only move lines. */
export interface FindingIdentity {
  kind: string
  namespace: string | null
  name: string | null
  ruleId: string
  /** What inside the object: a container by name, a field path with containers named, or '' for the object as a whole. */
  subject: string
}

/** Hands out fingerprints for one file after another: `<hash>:<n>`, n counting findings of the same identity in the file. */
export class Fingerprints {
  private file: string | null = null
  private seen = new Map<string, number>()

  /** The fingerprint of a finding in `file`; call in stream order. */
  next(file: string | null, identity: FindingIdentity): string {
    // Results come file by file, so only the current file's identities are kept.
    if (file !== this.file) {
      this.file = file
      this.seen = new Map()
    }
    const hash = fingerprintHash(identity)
    const count = (this.seen.get(hash) ?? 0) + 1
    this.seen.set(hash, count)
    return `${hash}:${count}`
  }
}

/** The first 16 hex digits of the SHA-256 of the identity's fields. */
function fingerprintHash({ kind, namespace, name, ruleId, subject }: FindingIdentity): string {
  // JSON keeps the fields apart whatever characters they hold.
  return createHash('sha256')
    .update(JSON.stringify([kind, namespace, name, ruleId, subject]))
    .digest('hex')
    .slice(0, 16)
}
