import { useContext } from 'react'
import { useStore } from 'zustand'
import { AppStoreContext } from './appStoreContext'
import type { AppStore } from './createAppStore'
import type { AppState } from './types'

/**
 * Reads the store through a selector. Selectors must return stable references
 * (a field, or a memoised value from selectors.ts), or React re-renders forever.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector)
}

/** The store itself, for effects that subscribe or read state outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext)
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it')
  return store
}
