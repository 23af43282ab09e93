import { useDeferredValue } from 'react'
import type { NamespaceView } from '../../workers/protocol/planView'
import { useNamespacePlan } from '../../store/useNamespacePlan'
import { useAppStore } from '../../store/useAppStore'
import { NamespaceRow } from './NamespaceRow'
import { PagedList } from './PagedList'

/** Namespaces listed at first: each is one collapsed row, so a page of them renders in a few ms. */
const NAMESPACE_PAGE = 100

/**
 * The namespace rollout plan of the input, one collapsed row per namespace. The plan is computed
 * by the evaluation worker when this view asks for it; choosing an object hands it to `onShowObject`.
 */
export function NamespacesView({ onShowObject }: { onShowObject: (index: number) => void }) {
  const plan = useNamespacePlan()
  const revealAt = useAppStore((state) => state.revealAt)
  // Rows for a newly arrived plan render in a transition React can slice, so its arrival is no long task.
  const value = useDeferredValue(plan.value)
  const current = useDeferredValue(plan.current)
  const row = (namespace: NamespaceView) => (
    <NamespaceRow
      key={namespace.name}
      namespace={namespace}
      defaults={value!.defaults}
      policyVersion={value!.policyVersion}
      onSelect={onShowObject}
      onReveal={revealAt}
    />
  )
  return (
    <section className="panel namespaces-panel" aria-labelledby="namespaces-heading">
      <h2 id="namespaces-heading" className="panel__title">
        Namespaces {value && <span className="panel__count">{value.namespaces.length}</span>}
      </h2>
      {!value &&
        (plan.gaveUp ? (
          <p className="panel__subtitle--error" role="alert">
            The namespaces could not be planned. Edit the manifest to try again.
          </p>
        ) : (
          <p className="panel__hint" role="status">
            Planning the namespaces…
          </p>
        ))}
      {value && (
        <>
          <p className="panel__hint">
            Each namespace with the strictest level all its pods meet at policy {value.policyVersion}, as Pod Security Admission would read its labels. Expand
            one for its objects, what a stricter enforce label would deny, and the commands that label it.
          </p>
          <div
            className="namespace-plan"
            data-testid="namespace-plan"
            data-version={value.policyVersion}
            data-current={current && value === plan.value}
            aria-busy={!current}
          >
            <PagedList items={value.namespaces} render={row} noun="namespaces" className="namespace-plan__list" page={NAMESPACE_PAGE} />
          </div>
        </>
      )}
    </section>
  )
}
