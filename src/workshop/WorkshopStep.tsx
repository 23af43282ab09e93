import { selectIsStale, selectReport } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { checkGoal, describeGoal } from './goals'
import { findPlaylist } from './playlists'
import { applyAnswer, openStep } from './stepNavigation'
import { useWorkshopApi } from './workshopContext'

/** One step: the task, the goal marked live from the report, and the way to the next step. */
export function WorkshopStep({ playlistId, index }: { playlistId: string; index: number }) {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()
  const report = useAppStore(selectReport)
  const stale = useAppStore(selectIsStale)
  const playlist = findPlaylist(playlistId)
  const step = playlist?.steps[index]
  const leave = () => workshop.getState().setPosition(null)

  if (!playlist || !step) {
    return (
      <section className="workshop-bar" aria-label="Workshop" data-testid="workshop-bar">
        <p>This link points to a workshop step this version of the playground does not have.</p>
        <button type="button" className="button button--small button--quiet" onClick={leave}>
          Leave workshop
        </button>
      </section>
    )
  }

  // An answer for older text must not mark the goal reached (or unreached) for the new text.
  const status = stale ? 'checking' : checkGoal(step.goal, report)
  const goalText = {
    reached: 'Goal reached.',
    'not-yet': `Goal: ${describeGoal(step.goal)}.`,
    'other-version': `The goal is judged at ${step.goal.version ?? 'latest'}: switch the policy version back to check it.`,
    checking: `Goal: ${describeGoal(step.goal)}.`,
  }[status]
  const last = index === playlist.steps.length - 1

  return (
    <section className="workshop-bar" aria-labelledby="workshop-step-title" data-testid="workshop-bar">
      <div className="workshop-bar__text">
        <p className="workshop-bar__progress">
          {playlist.title}: step {index + 1} of {playlist.steps.length}
        </p>
        <h2 id="workshop-step-title" className="workshop-bar__title">
          {step.title}
        </h2>
        <p>{step.task}</p>
        <p className="workshop-bar__goal" role="status" data-testid="goal-status" data-status={status}>
          {status === 'reached' && <span aria-hidden="true">✓ </span>}
          {goalText}
        </p>
      </div>
      <div className="workshop-bar__actions">
        <button type="button" className="button button--small" disabled={index === 0} onClick={() => openStep(store, workshop, playlist, index - 1)}>
          Previous step
        </button>
        <button
          type="button"
          className={`button button--small${status === 'reached' ? ' workshop-bar__next' : ''}`}
          disabled={last}
          onClick={() => openStep(store, workshop, playlist, index + 1)}
        >
          Next step
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => openStep(store, workshop, playlist, index)}>
          Start step over
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => applyAnswer(store, workshop, playlist, index)}>
          Show an answer
        </button>
        <button type="button" className="button button--small button--quiet" onClick={leave}>
          Leave workshop
        </button>
      </div>
    </section>
  )
}
