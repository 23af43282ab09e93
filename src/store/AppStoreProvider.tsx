import type { ReactNode } from 'react'
import { AppStoreContext } from './appStoreContext'
import type { AppStore } from './createAppStore'

/** Makes one store available to the tree; tests wrap components in it with a fresh store. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
}
