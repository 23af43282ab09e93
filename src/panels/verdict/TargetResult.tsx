import { LEVEL_LABELS } from '../../components/LevelBadge'
import { selectVersion } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { selectShownAllowed, selectShownLevel } from '../../store/whatIfSelectors'

/** Pass or fail against the level the namespace enforces; read from the report, never computed here. */
export function TargetResult() {
  const allowed = useAppStore(selectShownAllowed)
  const level = useAppStore(selectShownLevel)
  const version = useAppStore(selectVersion)
  if (allowed === null) return null
  return (
    <p className={`target-result target-result--${allowed ? 'pass' : 'fail'}`} data-testid="target-result" data-allowed={allowed}>
      <span className="target-result__mark">{allowed ? 'Passes' : 'Fails'}</span>
      <span>
        a namespace enforcing {LEVEL_LABELS[level]} at {version}
      </span>
    </p>
  )
}
