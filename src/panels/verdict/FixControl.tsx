import { useState } from 'react'
import type { CheckedLevel } from '@secctx/engine'
import { FixLabelBadge, FixPreview } from './FixPreview'
import { useFixes } from '../../store/useFixes'

/** The Fix button of one failing check, and its preview once pressed. */
export function FixControl({ level, check }: { level: CheckedLevel; check: string }) {
  const fixes = useFixes()
  const [open, setOpen] = useState(false)
  const ofLevel = fixes.value?.[level]
  const fix = ofLevel?.fixes.find((f) => f.check === check)
  const unfixable = ofLevel?.unfixable.find((u) => u.check === check)
  if (fixes.status === 'error') return <p className="fix-unavailable">The fixes could not be worked out; edit the text to try again.</p>
  if (fixes.status === 'done' && !fix) {
    return unfixable ? <p className="fix-unavailable">No automatic fix: {unfixable.reason}.</p> : null
  }
  return (
    <div className="fix-control" data-state={fixes.status}>
      <button
        type="button"
        className="button button--small button--quiet"
        data-testid="fix"
        aria-expanded={open}
        disabled={fixes.status === 'loading'}
        onClick={() => {
          if (!fix) fixes.load()
          setOpen(!open || !fix)
        }}
      >
        {fixes.status === 'loading' ? 'Finding a fix…' : 'Fix…'}
      </button>
      {fix && open && (
        <FixPreview diff={fix.diff} edits={fix.edits} onApplied={() => setOpen(false)}>
          <p className="fix-summary">
            <FixLabelBadge label={fix.label} /> {fix.description}
          </p>
          {fix.alternatives.length > 0 && <p className="fix-alternatives">Or: {fix.alternatives.join('; ')}.</p>}
        </FixPreview>
      )}
    </div>
  )
}
