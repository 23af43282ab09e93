import { selectDetailPending, selectSelectedObject } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { PendingPanel } from '../PendingPanel'
import { ProblemItems } from './ProblemItems'

/** What the API server would reject (errors) or silently not apply (warnings), for the selected object. */
export function ProblemsPanel() {
  const object = useAppStore(selectSelectedObject)
  const revealAt = useAppStore((state) => state.revealAt)
  const pending = useAppStore(selectDetailPending)
  if (!object) return pending ? <PendingPanel title="API problems" headingId="problems-heading" testId="problems-panel" /> : null
  const errors = object.problems.filter((problem) => problem.severity === 'error').length
  return (
    <section className="panel" aria-labelledby="problems-heading" data-testid="problems-panel">
      <h2 id="problems-heading" className="panel__title">
        API problems
        {object.problems.length > 0 && (
          <span className="panel__count">
            {errors} {errors === 1 ? 'error' : 'errors'}, {object.problems.length - errors} {object.problems.length - errors === 1 ? 'warning' : 'warnings'}
          </span>
        )}
      </h2>
      <ProblemItems problems={object.problems} onReveal={revealAt} empty="None: the API server would accept these fields as written." />
    </section>
  )
}
