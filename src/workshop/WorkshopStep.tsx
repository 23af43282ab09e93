import { useEffect, useState } from 'react'
import { selectIsStale, selectPresenter, selectReport, selectText } from '../store/selectors'
import { useAppStore, useAppStoreApi } from '../store/useAppStore'
import { AnswerPreview } from './AnswerPreview'
import { checkGoal } from './goals'
import { findPlaylist } from './playlists'
import { applyAnswer, openStep } from './stepNavigation'
import { useStepKeys } from './useStepKeys'
import { useWorkshopApi } from '../store/workshopContext'

/** One step: the task, the goal marked live from the report, and the way to the next step. */
export function WorkshopStep({ playlistId, index }: { playlistId: string; index: number }) {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()
  const report = useAppStore(selectReport)
  const stale = useAppStore(selectIsStale)
  const presenter = useAppStore(selectPresenter)
  const [previewing, setPreviewing] = useState(false)
  // Read only while the preview is open: a multi-MB text re-rendering the bar per keystroke costs.
  const text = useAppStore((state) => (previewing ? selectText(state) : ''))
  const playlist = findPlaylist(playlistId)
  const step = playlist?.steps[index]
  const leave = () => workshop.getState().setPosition(null)
  const go = (to: number) => {
    if (playlist && to >= 0 && to < playlist.steps.length) openStep(store, workshop, playlist, to)
  }
  useStepKeys(presenter, (by) => go(index + by))

  // The line the step is about, in view when the step opens; the cursor and focus stay put.
  const line = step?.line
  useEffect(() => {
    setPreviewing(false)
    if (line !== undefined) store.getState().revealAt(line, 1, { scrollOnly: true })
  }, [store, playlistId, index, line])

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
    'not-yet': `Goal: ${step.goalText}`,
    'other-version': `The goal is judged at ${step.goal.version ?? 'latest'}: switch the policy version back to check it.`,
    checking: `Goal: ${step.goalText}`,
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
        <button type="button" className="button button--small" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous step
        </button>
        <button
          type="button"
          className={`button button--small${status === 'reached' ? ' workshop-bar__next' : ''}`}
          disabled={last}
          onClick={() => go(index + 1)}
        >
          Next step
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => openStep(store, workshop, playlist, index)}>
          Start step over
        </button>
        <button type="button" className="button button--small button--quiet" aria-expanded={previewing} onClick={() => setPreviewing(!previewing)}>
          Show an answer
        </button>
        <button type="button" className="button button--small button--quiet" onClick={leave}>
          Leave workshop
        </button>
      </div>
      {previewing && (
        <AnswerPreview
          current={text}
          answer={step.solution}
          onApply={() => {
            applyAnswer(store, workshop, playlist, index)
            setPreviewing(false)
          }}
          onClose={() => setPreviewing(false)}
        />
      )}
    </section>
  )
}
