import type { InputError } from '@secctx/engine'
import { LocationButton } from '../../components/LocationButton'

interface InputErrorsProps {
  /** The first errors (the report view caps the list); every one is also marked in the editor, up to its cap. */
  errors: readonly InputError[]
  /** How many there are in all; defaults to the list's length. */
  total?: number
  onReveal: (line: number, column: number) => void
}

/** Input that could not be read (YAML syntax and the like), with line and column. */
export function InputErrors({ errors, total = errors.length, onReveal }: InputErrorsProps) {
  if (total === 0) return null
  return (
    <div className="object-list__extra" role="group" aria-labelledby="input-errors-heading">
      <h3 id="input-errors-heading" className="panel__subtitle panel__subtitle--error">
        Input errors ({total})
      </h3>
      <ul className="plain-list" data-testid="input-errors">
        {errors.map((error, index) => (
          <li key={index}>
            <LocationButton line={error.line} column={error.column} onReveal={onReveal}>
              {error.document !== null ? `Document ${error.document + 1}: ` : ''}
              {error.message}
            </LocationButton>
          </li>
        ))}
      </ul>
      {total > errors.length && <p className="panel__hint">The first {errors.length} are listed.</p>}
    </div>
  )
}
