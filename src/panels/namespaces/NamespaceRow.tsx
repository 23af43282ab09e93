import { memo, useId, useState } from 'react'
import type { NamespacePolicy } from '@secctx/engine'
import { LevelBadge } from '../../components/LevelBadge'
import type { NamespaceView } from '../../workers/protocol/planView'
import { NamespaceDetails } from './NamespaceDetails'
import { deniedNow, policyLine } from './namespaceRows'

interface NamespaceRowProps {
  namespace: NamespaceView
  defaults: NamespacePolicy
  policyVersion: string
  onSelect: (index: number) => void
  onReveal: (line: number, column: number) => void
}

/** One namespace: collapsed to a line (name, highest level met, policy), its details rendered only when expanded. */
export const NamespaceRow = memo(function NamespaceRow({ namespace, defaults, policyVersion, onSelect, onReveal }: NamespaceRowProps) {
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const denied = deniedNow(namespace).length
  return (
    <li className="namespace-row" data-namespace={namespace.name} data-level={namespace.highestLevel} data-exempt={namespace.exempt || undefined}>
      <button type="button" className="namespace-row__head" aria-expanded={open} aria-controls={open ? detailsId : undefined} onClick={() => setOpen(!open)}>
        <span className="namespace-row__name">{namespace.name}</span>
        <LevelBadge level={namespace.highestLevel} />
        {namespace.exempt && <span className="namespace-tag">exempt</span>}
        {namespace.problems.length > 0 && (
          <span className="namespace-tag namespace-tag--problem">
            {namespace.problems.length} invalid label{namespace.problems.length === 1 ? '' : 's'}
          </span>
        )}
        {denied > 0 && <span className="namespace-tag namespace-tag--denied">{denied} denied now</span>}
        <span className="namespace-row__meta">
          {namespace.objects.length} object{namespace.objects.length === 1 ? '' : 's'} · {policyLine(namespace)}
        </span>
      </button>
      {open && (
        <div id={detailsId}>
          <NamespaceDetails namespace={namespace} defaults={defaults} policyVersion={policyVersion} onSelect={onSelect} onReveal={onReveal} />
        </div>
      )}
    </li>
  )
})
