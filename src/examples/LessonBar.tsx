import { lazy, Suspense } from 'react'
import { useWorkshop } from '../store/workshopContext'

const LessonNote = lazy(() => import('./LessonNote').then((module) => ({ default: module.LessonNote })))

/** The lesson of the example that was opened from the gallery, above the editor and results. */
export function LessonBar() {
  const lessonId = useWorkshop((state) => state.lessonId)
  if (lessonId === null) return null
  return (
    <Suspense fallback={null}>
      <LessonNote id={lessonId} />
    </Suspense>
  )
}
