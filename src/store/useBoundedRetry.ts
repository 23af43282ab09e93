/**
 * Asking the worker again for a result it dropped. A restarted worker (after a crash, or one that
 * took too long under load) cancels the requests it held, and nothing else would ask again: the
 * view would wait for ever. So the hooks that ask for fixes, the namespace plan and a what-if ask
 * again after a pause, a few times at most for one key.
 */
import { useEffect } from 'react'

/** Failed requests for one key before the hook stops asking. */
export const MAX_ATTEMPTS = 4
/** The pause before asking again, per failure so far. */
export const RETRY_MS = 200

/** A key whose last request failed, and how many requests for it failed in a row. */
export interface FailedRequest {
  key: string
  attempts: number
}

/** A result the worker computes for one key on request, and how asking for it went. */
export interface RequestState {
  /** The key the result is (being) computed for; null when none was asked for. */
  key: string | null
  status: 'idle' | 'loading' | 'done' | 'error'
  /** The key whose last request failed, and how many requests for it failed in a row (retries are bounded). */
  failed?: FailedRequest
}

/** The record after a request for `key` failed: one more attempt when the last failure was that key's too. */
export function failedAgain(failed: FailedRequest | undefined, key: string): FailedRequest {
  return { key, attempts: failed?.key === key ? failed.attempts + 1 : 1 }
}

/** How many requests for `wanted` failed in a row; 0 for a key that has not failed. */
export function failuresFor(failed: FailedRequest | undefined, wanted: string | null): number {
  return wanted !== null && failed?.key === wanted ? failed.attempts : 0
}

/**
 * Calls `load` when `wanted` changes (and `enabled`), and after each of its first failures again,
 * after a pause that grows with them; returns true once it gave up on `wanted`.
 */
export function useBoundedRetry(wanted: string | null, failures: number, load: () => void, enabled = true): boolean {
  useEffect(() => {
    if (wanted === null || !enabled) return
    if (failures === 0) return load()
    if (failures >= MAX_ATTEMPTS) return
    const timer = setTimeout(load, RETRY_MS * failures)
    return () => clearTimeout(timer)
  }, [wanted, enabled, load, failures])
  return failures >= MAX_ATTEMPTS
}
