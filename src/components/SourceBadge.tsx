import type { ValueSource } from '@secctx/engine'

const LABELS: Record<ValueSource, string> = { container: 'container', pod: 'pod', default: 'default' }

/** Where an effective value came from. */
export function SourceBadge({ source }: { source: ValueSource }) {
  return (
    <span className={`source-badge source-badge--${source}`} data-source={source}>
      {LABELS[source]}
    </span>
  )
}
