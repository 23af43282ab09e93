import type { ObjectReport } from '../../engine/types'
import { LevelBadge } from '../../components/LevelBadge'
import { selectReport, selectSelectedIndex } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { InputErrors } from './InputErrors'
import { SkippedObjects } from './SkippedObjects'

/** Every object in the input with its verdict; choosing one drives the other panels. Skips and errors stay visible. */
export function ObjectList() {
  const report = useAppStore(selectReport)
  const selected = useAppStore(selectSelectedIndex)
  const selectObject = useAppStore((state) => state.selectObject)
  const revealAt = useAppStore((state) => state.revealAt)
  if (!report) return null
  const { objects, skipped, errors } = report
  return (
    <section className="panel object-list-panel" aria-labelledby="objects-heading" data-testid="object-list">
      <h2 id="objects-heading" className="panel__title">
        Objects <span className="panel__count">{objects.length}</span>
      </h2>
      {objects.length === 0 && errors.length === 0 && (
        <p className="panel-empty">No Pod or workload found. Paste a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob.</p>
      )}
      {objects.length > 0 && (
        <ul className="object-list">
          {objects.map((object, index) => (
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
          ))}
        </ul>
      )}
      <SkippedObjects skipped={skipped} onReveal={revealAt} />
      <InputErrors errors={errors} onReveal={revealAt} />
    </section>
  )
}

function describe(object: ObjectReport): string {
  return `${object.kind}/${object.name ?? '(unnamed)'}${object.namespace ? ` in ${object.namespace}` : ''}`
}
