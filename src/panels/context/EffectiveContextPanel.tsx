import { selectDetailPending, selectSelectedObject, selectWindowsPanelVisible } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { PendingPanel } from '../PendingPanel'
import { ContainerCard } from './ContainerCard'
import { PodFieldsCard } from './PodFieldsCard'

/** Per container: pod-level settings merged with its own, with where each value came from. */
export function EffectiveContextPanel() {
  const object = useAppStore(selectSelectedObject)
  const showWindowsFields = useAppStore(selectWindowsPanelVisible)
  const revealAt = useAppStore((state) => state.revealAt)
  const pending = useAppStore(selectDetailPending)
  if (!object) return pending ? <PendingPanel title="Effective security context" headingId="context-heading" /> : null
  return (
    <section className="panel" aria-labelledby="context-heading">
      <h2 id="context-heading" className="panel__title">
        Effective security context
      </h2>
      <p className="panel__hint">
        Each container runs with its own value, else the pod&apos;s, else the default. A struck-through value is the pod&apos;s, overridden by the container.
        {!showWindowsFields && ' Windows options are listed in the Windows view.'}
      </p>
      {object.containers.length === 0 && <p className="panel-empty">The pod has no containers.</p>}
      <div className="cards">
        {object.containers.map((container) => (
          <ContainerCard key={container.path} container={container} showWindowsFields={showWindowsFields} onReveal={revealAt} />
        ))}
        <PodFieldsCard fields={object.pod} onReveal={revealAt} />
      </div>
    </section>
  )
}
