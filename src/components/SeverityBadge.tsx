/** Error or warning, spelled out so it does not rely on colour. */
export function SeverityBadge({ severity }: { severity: 'error' | 'warning' }) {
  return <span className={`severity-badge severity-badge--${severity}`}>{severity}</span>
}
