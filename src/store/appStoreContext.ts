import { createContext } from 'react'
import type { AppStore } from './createAppStore'

/** Holds the page's store; components reach it only through `useAppStore`. */
export const AppStoreContext = createContext<AppStore | null>(null)
