import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const media = matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

const read = (): 'light' | 'dark' => (typeof matchMedia === 'function' && matchMedia(QUERY).matches ? 'dark' : 'light')

/** The OS light/dark preference, live; the CSS follows it by itself, Monaco needs it as a prop. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, read, () => 'light')
}
