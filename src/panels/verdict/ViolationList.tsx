import type { CheckedLevel, Violation } from '@secctx/engine'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { LocationButton } from '../../components/LocationButton'
import { FixControl } from './FixControl'
import { selectDetailPending, selectSelectedSummary, selectTargetLevel, selectViolationGroups } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'

const RANK = { privileged: 0, baseline: 1, restricted: 2 } as const

/** Every failing check of the selected object with its upstream reason and detail, grouped by level. */
export function ViolationList() {
  const groups = useAppStore(selectViolationGroups)
  const target = useAppStore(selectTargetLevel)
  const revealAt = useAppStore((state) => state.revealAt)
  const pending = useAppStore(selectDetailPending)
  const hasObject = useAppStore((state) => selectSelectedSummary(state) !== null)
  // With no pod-bearing object there is nothing that could meet a level.
  if (!hasObject) return null
  if (pending) return <p className="panel-empty">Loading the object's checks…</p>
  if (groups.baseline.length === 0 && groups.restricted.length === 0) {
    return <p className="panel-empty">No failing checks: the object meets Restricted.</p>
  }
  return (
    <div className="violation-groups">
      {(['baseline', 'restricted'] as const).map((level) => (
        <ViolationGroup
          key={level}
          level={level}
          violations={groups[level]}
          enforced={RANK[level] <= RANK[target]}
          onReveal={revealAt}
        />
      ))}
    </div>
  )
}

interface GroupProps {
  level: CheckedLevel
  violations: readonly Violation[]
  enforced: boolean
  onReveal: (line: number, column: number) => void
}

function ViolationGroup({ level, violations, enforced, onReveal }: GroupProps) {
  if (violations.length === 0) return null
  return (
    <section className="violation-group" aria-label={`${level} checks that fail`}>
      <h3 className="violation-group__heading">
        <span className="violation-group__level">
          <span aria-hidden="true">✗</span>
          {LEVEL_LABELS[level]}
        </span>{' '}
        {violations.length} failing {violations.length === 1 ? 'check' : 'checks'}
        <span className="violation-group__scope">{enforced ? 'enforced by your target' : 'not enforced by your target'}</span>
      </h3>
      <ul className="violation-list">
        {violations.map((violation) => (
          <li key={violation.check} className="violation" data-testid="violation" data-check={violation.check}>
            <div className="violation__head">
              <code className="violation__check">{violation.check}</code>
              <span className="violation__reason">{violation.reason}</span>
            </div>
            {violation.detail && <p className="violation__detail">{violation.detail}</p>}
            {violation.locations.length > 0 && (
              <div className="violation__locations">
                {violation.locations.map((location, index) => (
                  <LocationButton
                    key={`${location.path}-${index}`}
                    line={location.line}
                    column={location.column}
                    onReveal={onReveal}
                  >
                    {/* A missing field points at its nearest written ancestor; name the field itself. */}
                    {location.field ? `${location.field} (not written)` : location.path}
                  </LocationButton>
                ))}
              </div>
            )}
            <FixControl level={level} check={violation.check} />
          </li>
        ))}
      </ul>
    </section>
  )
}
