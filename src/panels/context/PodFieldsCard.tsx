import { useId } from 'react'
import type { PodField } from '@secctx/engine'
import { formatValue } from '../../components/formatValue'

interface PodFieldsCardProps {
  fields: Record<string, PodField>
  onReveal: (line: number, column: number) => void
}

/** Pod-only securityContext fields, shown once rather than per container. */
export function PodFieldsCard({ fields, onReveal }: PodFieldsCardProps) {
  const headingId = useId()
  const entries = Object.entries(fields)
  if (entries.length === 0) return null
  return (
    <article className="card card--pod" data-testid="pod-context" aria-labelledby={headingId}>
      <header className="card__head">
        <h3 id={headingId} className="card__title">
          Pod-level only
        </h3>
        <span className="type-badge type-badge--pod">Pod</span>
      </header>
      <table className="field-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([name, field]) => (
            <tr key={name} className="field-row" data-field={name}>
              <th scope="row">
                {field.location ? (
                  <button type="button" className="field-row__name" onClick={() => onReveal(field.location!.line, field.location!.column)}>
                    {name}
                  </button>
                ) : (
                  <span className="field-row__name">{name}</span>
                )}
              </th>
              <td>
                <code className={field.value === null ? 'field-row__value field-row__value--unset' : 'field-row__value'}>{formatValue(field.value)}</code>
              </td>
              <td className="field-row__note">{field.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
