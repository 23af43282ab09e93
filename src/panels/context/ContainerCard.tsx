import { useId } from 'react'
import type { ContainerReport, ContainerType } from '@secctx/engine'
import { LocationButton } from '../../components/LocationButton'
import { FieldRow } from './FieldRow'

const TYPE_LABELS: Record<ContainerType, string> = {
  initContainer: 'Init container',
  container: 'Container',
  ephemeralContainer: 'Ephemeral container',
}

const WINDOWS_PREFIX = 'windowsOptions.'

interface ContainerCardProps {
  container: ContainerReport
  /** Windows-only fields are noise for Linux pods; the Windows view shows them. */
  showWindowsFields: boolean
  onReveal: (line: number, column: number) => void
}

/** The effective security context of one container, field by field. */
export function ContainerCard({ container, showWindowsFields, onReveal }: ContainerCardProps) {
  const headingId = useId()
  const entries = Object.entries(container.effective).filter(([name]) => showWindowsFields || !name.startsWith(WINDOWS_PREFIX))
  return (
    <article className="card" data-testid="effective-context" data-container-type={container.type} aria-labelledby={headingId}>
      <header className="card__head">
        <h3 id={headingId} className="card__title">
          {container.name || '(unnamed container)'}
        </h3>
        <span className={`type-badge type-badge--${container.type}`}>{TYPE_LABELS[container.type]}</span>
        {container.location && (
          <LocationButton line={container.location.line} column={container.location.column} onReveal={onReveal}>
            {container.path}
          </LocationButton>
        )}
      </header>
      <table className="field-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Effective value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([name, field]) => (
            <FieldRow key={name} name={name} field={field} fallback={container.location} onReveal={onReveal} />
          ))}
        </tbody>
      </table>
    </article>
  )
}
