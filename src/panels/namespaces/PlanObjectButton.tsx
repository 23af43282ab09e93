import { LevelBadge } from '../../components/LevelBadge'
import type { PlanObjectView } from '../../workers/protocol/planView'
import { objectLabel } from './namespaceRows'

/** One object of a namespace; choosing it selects it in the object view. */
export function PlanObjectButton({ object, onSelect }: { object: PlanObjectView; onSelect: (index: number) => void }) {
  return (
    <li>
      <button
        type="button"
        className="object-list__item"
        data-testid="namespace-object"
        // -1: the evaluation did not find it (it cannot be, both read one text); nothing to select then.
        disabled={object.index < 0}
        onClick={() => onSelect(object.index)}
      >
        <span className="object-list__name">{objectLabel(object)}</span>
        <LevelBadge level={object.highestLevel} />
        {!object.enforceAllowed && <span className="namespace-tag namespace-tag--denied">denied by enforce</span>}
        {object.exempt && <span className="namespace-tag">exempt runtime class</span>}
      </button>
    </li>
  )
}
