import type { ContainerReport } from '@secctx/engine'
import { formatValue } from '../../components/formatValue'
import { SourceBadge } from '../../components/SourceBadge'

const FIELD = 'windowsOptions.runAsUserName'

interface RunAsUserNamesProps {
  containers: readonly ContainerReport[]
  onReveal: (line: number, column: number) => void
}

/** The Windows user each container runs as, and whether the container or the pod chose it. */
export function RunAsUserNames({ containers, onReveal }: RunAsUserNamesProps) {
  return (
    <table className="field-table" data-testid="run-as-user-names">
      <thead>
        <tr>
          <th scope="col">Container</th>
          <th scope="col">runAsUserName</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {containers.map((container) => {
          const field = container.effective[FIELD]
          const target = field?.location ?? container.location
          return (
            <tr key={container.path} data-container={container.name}>
              <th scope="row">
                {target ? (
                  <button type="button" className="field-row__name" onClick={() => onReveal(target.line, target.column)}>
                    {container.name || '(unnamed container)'}
                  </button>
                ) : (
                  container.name || '(unnamed container)'
                )}
              </th>
              <td>
                <code className="field-row__value">{formatValue(field?.value ?? null)}</code>
                {field?.overrides !== undefined && (
                  <>
                    {' '}
                    <span className="visually-hidden">overrides the pod value</span>
                    <del className="field-row__overridden">{formatValue(field.overrides)}</del>
                  </>
                )}
              </td>
              <td>{field ? <SourceBadge source={field.source} /> : null}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
