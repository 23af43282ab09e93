import { CHECKED_LEVELS, POD_SECURITY_LABEL_PREFIX, type NamespacePolicy } from '@secctx/engine'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { LocationButton } from '../../components/LocationButton'
import type { NamespaceView } from '../../workers/protocol/planView'
import { PagedList } from './PagedList'
import { PlanObjectButton } from './PlanObjectButton'
import { PolicyTable } from './PolicyTable'
import { RecommendedLabels } from './RecommendedLabels'
import { policyRows, wouldDenyAt } from './namespaceRows'

interface NamespaceDetailsProps {
  namespace: NamespaceView
  defaults: NamespacePolicy
  /** The version the plan evaluates, e.g. `v1.37`. */
  policyVersion: string
  onSelect: (index: number) => void
  onReveal: (line: number, column: number) => void
}

/** An expanded namespace: its policy, label problems, objects, what stricter enforcement would deny, and the labels to set. */
export function NamespaceDetails({ namespace, defaults, policyVersion, onSelect, onReveal }: NamespaceDetailsProps) {
  const select = (object: NamespaceView['objects'][number], position: number) => <PlanObjectButton key={position} object={object} onSelect={onSelect} />
  const labels = namespace.recommended.labels
  return (
    <div className="namespace-details">
      {namespace.exempt && (
        <p className="panel__hint">Exempt by the admission configuration: Pod Security Admission ignores its labels and denies nothing here.</p>
      )}
      {!namespace.declared && <p className="panel__hint">No Namespace object in the input, so its labels are unknown: the defaults apply.</p>}
      <h4>Policy as Pod Security Admission reads the labels</h4>
      <PolicyTable rows={policyRows(namespace, defaults)} />
      {namespace.problems.length > 0 && (
        <ul className="plain-list" data-testid="namespace-problems" aria-label="Label problems">
          {namespace.problems.map((problem) => (
            <li key={problem.label}>
              <LocationButton line={problem.line} column={problem.column} onReveal={onReveal}>
                Namespace/{namespace.name}: {problem.message} (treated as {problem.treatedAs})
              </LocationButton>
            </li>
          ))}
        </ul>
      )}
      <h4>
        Objects <span className="panel__count">{namespace.objects.length}</span>
      </h4>
      {namespace.objects.length === 0 ? (
        <p className="panel-empty">No Pod or workload in this namespace.</p>
      ) : (
        <PagedList items={namespace.objects} render={select} noun="objects" className="object-list" />
      )}
      {CHECKED_LEVELS.map((level) => {
        const denied = wouldDenyAt(namespace, level)
        return (
          <div key={level} className="namespace-deny" data-testid={`would-deny-${level}`} data-count={denied.length}>
            <h4>
              If enforce were {LEVEL_LABELS[level]}: {denied.length === 0 ? 'nothing denied' : `${denied.length} denied`}
            </h4>
            {denied.length > 0 && <PagedList items={denied} render={select} noun="objects" className="object-list" />}
          </div>
        )
      })}
      <h4>Recommended labels</h4>
      <p className="panel__hint">
        Enforce {labels[`${POD_SECURITY_LABEL_PREFIX}enforce`]}, the level every pod meets; audit and warn {labels[`${POD_SECURITY_LABEL_PREFIX}warn`]}, so the
        next step shows up first; every version pinned to {policyVersion}.
      </p>
      <RecommendedLabels recommended={namespace.recommended} />
    </div>
  )
}
