import { useState } from 'react'

// Reading `localStorage` itself throws in sandboxed frames with storage disabled.
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

/** A boolean preference kept in localStorage under `key` (this browser only; it is not part of a link). */
export function useStoredFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    const stored = read(key)
    return stored === null ? initial : stored === 'true'
  })
  const set = (next: boolean) => {
    setValue(next)
    try {
      window.localStorage.setItem(key, String(next))
    } catch {
      // Not kept for the next visit; it still applies now.
    }
  }
  return [value, set]
}
