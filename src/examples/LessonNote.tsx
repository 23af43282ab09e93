import { useWorkshopApi } from '../store/workshopContext'
import { findExample } from './catalog'
import './gallery.css'

/** One example's title and lesson, dismissible. */
export function LessonNote({ id }: { id: string }) {
  const workshop = useWorkshopApi()
  const example = findExample(id)
  if (!example) return null
  return (
    <section className="lesson-bar" aria-labelledby="lesson-title" data-testid="lesson">
      <div className="lesson-bar__text">
        <h2 id="lesson-title" className="lesson-bar__title">
          {example.title}
        </h2>
        <p>{example.lesson}</p>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={() => workshop.getState().setLesson(null)}>
        Hide lesson
      </button>
    </section>
  )
}
