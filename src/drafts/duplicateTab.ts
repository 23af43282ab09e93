/** Notices when another tab writes under this tab's draft key: a duplicated tab copied our sessionStorage. */
import { draftKey, parseDraftRecord } from './draftStorage'

/** The fields of a `StorageEvent` this check reads. */
export interface StorageChange {
  key: string | null
  newValue: string | null
}

/** True when the change is another page load writing this tab's draft, so one of the two must fork. */
export function isDuplicateTabWrite(change: StorageChange, tabId: string, writer: string): boolean {
  if (change.key !== draftKey(tabId)) return false
  const record = parseDraftRecord(change.newValue)
  return record !== null && record.writer !== writer
}
