/**
 * Which tab this is. The tab id lives in sessionStorage, so it survives a reload of the same tab but
 * not a new tab; a duplicated tab copies it, which the writer id (new on every page load) reveals.
 */
import { isDraftId } from './draftStorage'

/** The sessionStorage part tab identity needs. */
export interface SessionLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const TAB_ID_KEY = 'security-context-playground.tabId'

/** A fresh random id, URL- and key-safe. */
export function randomId(random: () => number = Math.random): string {
  const cryptoApi = globalThis.crypto
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID().replaceAll('-', '').slice(0, 16)
  return Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join('')
}

/** This tab's id: the stored one when valid, else a new one, remembered for the next reload. */
export function resolveTabId(session: SessionLike | null, makeId: () => string = randomId): string {
  try {
    const stored = session?.getItem(TAB_ID_KEY)
    if (stored && isDraftId(stored)) return stored
  } catch {
    // No sessionStorage: every load is a new tab, and drafts still work, just without reload identity.
  }
  return adoptTabId(session, makeId())
}

/** Switches this tab to a new id (after a duplicated tab was detected, or to keep an offered draft apart). */
export function adoptTabId(session: SessionLike | null, id: string): string {
  try {
    session?.setItem(TAB_ID_KEY, id)
  } catch {
    // Same as above: the id lasts for this page load only.
  }
  return id
}
