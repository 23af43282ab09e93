/**
 * What the app opens on start: a shared link, this tab's draft, the newest draft of a closed tab, or
 * the seed. Opening a link never destroys a draft: the draft is offered back instead.
 */
import type { DecodeResult } from '@secctx/link'
import type { PermalinkError } from '@secctx/link'
import type { Snapshot } from '@secctx/link'
import type { DraftRecord, StoredDraft } from './draftStorage'

/** What start-up knows: the address and the stored drafts. */
export interface StartupInput {
  /** `location.hash`, with or without `#`. */
  hash: string
  /** The decoded hash; null when the hash is empty. */
  link: DecodeResult | null
  /** This tab's draft. */
  own: DraftRecord | null
  /** The newest draft of any tab. */
  latest: StoredDraft | null
}

/** What start-up does. */
export interface StartupPlan {
  /** What to open; null means the seed manifest. */
  open: Snapshot | null
  source: 'link' | 'own-draft' | 'latest-draft' | 'seed'
  /** A draft the link would hide: offer it with "Restore draft". */
  offer: DraftRecord | null
  /** The link could not be opened; show why. */
  linkError: PermalinkError | null
  /** This tab must write under a new id, so the draft it offers stays intact. */
  freshTabId: boolean
}

/** Decides the start-up state from the address and the stored drafts. */
export function planStartup({ hash, link, own, latest }: StartupInput): StartupPlan {
  const fragment = hash.replace(/^#/, '')
  const fallback = (linkError: PermalinkError | null): StartupPlan => {
    if (own) return { open: own.snapshot, source: 'own-draft', offer: null, linkError, freshTabId: false }
    if (latest) return { open: latest.record.snapshot, source: 'latest-draft', offer: null, linkError, freshTabId: false }
    return { open: null, source: 'seed', offer: null, linkError, freshTabId: false }
  }
  if (fragment === '' || link === null) return fallback(null)
  if (!link.ok) return fallback(link.error)
  // The address bar follows the state, so on reload the hash is this tab's own link: its draft is as new or newer.
  if (own && own.link === fragment) return { ...fallback(null), source: 'own-draft' }
  const hidden = own ?? latest?.record ?? null
  const offer = hidden && !sameSnapshot(hidden.snapshot, link.snapshot) ? hidden : null
  return { open: link.snapshot, source: 'link', offer, linkError: null, freshTabId: offer !== null && offer === own }
}

/** Whether two snapshots restore the same state. */
export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return (
    a.text === b.text &&
    a.version === b.version &&
    a.level === b.level &&
    a.objectIndex === b.objectIndex &&
    a.windowsOpen === b.windowsOpen &&
    a.presenter === b.presenter &&
    a.workshop?.playlist === b.workshop?.playlist &&
    a.workshop?.step === b.workshop?.step
  )
}
