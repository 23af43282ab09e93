import { useDeferredValue, useState } from 'react'
import { LevelBadge } from '../../components/LevelBadge'
import type { ObjectSummary } from '../../workers/protocol/reportView'
import { clampIndex } from '../../workers/protocol/reportView'
import { selectReport } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { InputErrors } from './InputErrors'
import { SkippedObjects } from './SkippedObjects'

/** Objects rendered at first and added per "Show more": a 5 MB stream has thousands, and each is a button. */
const OBJECT_PAGE = 100

/** Every object in the input with its verdict; choosing one drives the other panels. Skips and errors stay visible. */
export function ObjectList() {
  // A page of object buttons is rendered in a transition React can slice: a large input's report
  // arrives without one long render task, and the verdict shows first.
  const report = useDeferredValue(useAppStore(selectReport))
  const objectIndex = useAppStore((state) => state.selection.objectIndex)
  const selectObject = useAppStore((state) => state.selectObject)
  const revealAt = useAppStore((state) => state.revealAt)
  // Kept across edits: someone who paged down a large stream keeps the page while fixing it.
  const [limit, setLimit] = useState(OBJECT_PAGE)
  if (!report) return null
  const { objects, skipped, errors, skippedCount, errorCount } = report
  // From the deferred report, so the marked item is the one the rendered list shows.
  const selected = objects.length === 0 ? -1 : clampIndex(objectIndex, objects.length)
  const shown = Math.min(objects.length, limit)
  const rest = objects.length - shown
  const item = (object: ObjectSummary, index: number) => (
    <li key={`${object.document}-${object.item ?? ''}-${index}`}>
      <button
        type="button"
        className="object-list__item"
        aria-current={index === selected ? 'true' : undefined}
        data-testid="object-item"
        // Selecting only: revealing would pull focus into the editor while the user browses the list.
        onClick={() => selectObject(index)}
      >
        <span className="object-list__name">{describe(object)}</span>
        <LevelBadge level={object.highestLevel} />
      </button>
    </li>
  )
  return (
    <section className="panel object-list-panel" aria-labelledby="objects-heading" data-testid="object-list">
      <h2 id="objects-heading" className="panel__title">
        Objects <span className="panel__count">{objects.length}</span>
      </h2>
      {objects.length === 0 && errorCount === 0 && (
        <p className="panel-empty">No Pod or workload found. Paste a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob.</p>
      )}
      {objects.length > 0 && (
        <ul className="object-list">
          {objects.slice(0, shown).map(item)}
          {/* A link or draft may select an object far down the list: it is listed too, not the thousands before it. */}
          {selected >= shown && item(objects[selected]!, selected)}
        </ul>
      )}
      {rest > 0 && (
        <p className="panel__hint">
          Showing {shown} of {objects.length} objects.{' '}
          <button type="button" className="button button--small button--quiet" data-testid="show-more-objects" onClick={() => setLimit(shown + OBJECT_PAGE)}>
            Show {Math.min(OBJECT_PAGE, rest)} more
          </button>
        </p>
      )}
      <SkippedObjects skipped={skipped} total={skippedCount} onReveal={revealAt} />
      <InputErrors errors={errors} total={errorCount} onReveal={revealAt} />
    </section>
  )
}

function describe(object: ObjectSummary): string {
  return `${object.kind}/${object.name ?? '(unnamed)'}${object.namespace ? ` in ${object.namespace}` : ''}`
}
