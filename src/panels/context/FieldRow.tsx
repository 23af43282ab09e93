import type { EffectiveField, Location } from '@secctx/engine'
import { formatValue } from '../../components/formatValue'
import { SourceBadge } from '../../components/SourceBadge'

interface FieldRowProps {
  name: string
  field: EffectiveField
  /** Where to put the cursor when the field is not written: its container. */
  fallback?: Location
  onReveal: (line: number, column: number) => void
}

/** One effective field: value, the pod value it overrides, its source, and the explanation of a default. */
export function FieldRow({ name, field, fallback, onReveal }: FieldRowProps) {
  const target = field.location ?? fallback
  return (
    <tr className="field-row" data-field={name} data-source={field.source}>
      <th scope="row">
        {target ? (
          <button
            type="button"
            className="field-row__name"
            title={field.location ? `Go to ${name}` : `Go to the container (${name} is not written)`}
            onClick={() => onReveal(target.line, target.column)}
          >
            {name}
          </button>
        ) : (
          <span className="field-row__name">{name}</span>
        )}
      </th>
      <td>
        <code className={field.value === null ? 'field-row__value field-row__value--unset' : 'field-row__value'}>{formatValue(field.value)}</code>
        {field.overrides !== undefined && (
          <>
            {' '}
            <span className="visually-hidden">overrides the pod value</span>
            <del className="field-row__overridden" title="Pod value, overridden by the container">
              {formatValue(field.overrides)}
            </del>
          </>
        )}
      </td>
      <td>
        {field.note ? (
          <details className="field-note">
            <summary title={field.note}>
              <SourceBadge source={field.source} />
              <span className="visually-hidden"> explanation</span>
            </summary>
            <p>{field.note}</p>
          </details>
        ) : (
          <SourceBadge source={field.source} />
        )}
      </td>
    </tr>
  )
}
