import { lazy, Suspense } from 'react'
import { useWorkshop } from '../store/workshopContext'
import './workshop.css'

const WorkshopStep = lazy(() => import('./WorkshopStep').then((module) => ({ default: module.WorkshopStep })))

/** The current playlist step above the editor and results; nothing when no workshop is running. */
export function WorkshopBar() {
  const position = useWorkshop((state) => state.position)
  if (position === null) return null
  return (
    <Suspense fallback={null}>
      <WorkshopStep playlistId={position.playlist} index={position.step} />
    </Suspense>
  )
}
