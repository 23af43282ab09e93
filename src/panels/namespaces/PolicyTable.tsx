import type { PolicyRow, PolicySource } from './namespaceRows'

const FROM: Record<PolicySource, string> = {
  label: 'label',
  'invalid label': 'invalid label',
  default: 'default',
  enforce: 'from enforce',
}

/** Enforce, audit and warn as Pod Security Admission resolves them, with what was labelled when it differs. */
export function PolicyTable({ rows }: { rows: readonly PolicyRow[] }) {
  return (
    <table className="namespace-policy">
      <thead>
        <tr>
          <th scope="col">Mode</th>
          <th scope="col">Level</th>
          <th scope="col">Version</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.mode} data-mode={row.mode} data-level={row.level} data-version={row.version}>
            <th scope="row">{row.mode}</th>
            <td>
              {row.level} <Source from={row.levelFrom} written={row.levelLabel} />
            </td>
            <td>
              {row.version} <Source from={row.versionFrom} written={row.versionLabel} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Source({ from, written }: { from: PolicySource; written?: string }) {
  // An invalid label's value is shown, since PSA uses another one in its place.
  const text = from === 'invalid label' ? `label "${written ?? ''}" is invalid` : FROM[from]
  return <span className={`namespace-policy__from namespace-policy__from--${from.replace(' ', '-')}`}>({text})</span>
}
