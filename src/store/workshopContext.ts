/** The page's workshop store, reached through `useWorkshop` the way the app store is reached through `useAppStore`. */
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { WorkshopState, WorkshopStore } from './workshopStore'

/** Holds the page's workshop store. */
export const WorkshopStoreContext = createContext<WorkshopStore | null>(null)

/** Reads the workshop store through a selector. */
export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useWorkshopApi(), selector)
}

/** The workshop store itself, for event handlers. */
export function useWorkshopApi(): WorkshopStore {
  const store = useContext(WorkshopStoreContext)
  if (!store) throw new Error('useWorkshop needs a WorkshopStoreContext provider above it')
  return store
}
