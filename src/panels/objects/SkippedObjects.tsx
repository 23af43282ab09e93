import type { SkippedObject } from '@secctx/engine'
import { LocationButton } from '../../components/LocationButton'

interface SkippedObjectsProps {
  /** The first skipped documents (the report view caps the list). */
  skipped: readonly SkippedObject[]
  /** How many there are in all; defaults to the list's length. */
  total?: number
  onReveal: (line: number, column: number) => void
}

/** Documents that carry no pod spec, listed so nothing in the input silently disappears. */
export function SkippedObjects({ skipped, total = skipped.length, onReveal }: SkippedObjectsProps) {
  if (total === 0) return null
  return (
    <div className="object-list__extra">
      <h3 className="panel__subtitle">Not checked ({total})</h3>
      <ul className="plain-list" data-testid="skipped-objects">
        {skipped.map((object, index) => (
          <li key={`${object.document}-${object.item ?? ''}-${index}`}>
            <LocationButton line={object.location.line} column={object.location.column} onReveal={onReveal}>
              {object.kind ?? '(no kind)'}/{object.name ?? '(unnamed)'}: {object.reason}
            </LocationButton>
          </li>
        ))}
      </ul>
      {total > skipped.length && <p className="panel__hint">The first {skipped.length} are listed.</p>}
    </div>
  )
}
