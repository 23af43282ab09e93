import { useState } from 'react'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { selectSelectedSummary, selectTargetLevel } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { FixPreview } from './FixPreview'
import { LevelFixList } from './LevelFixList'
import { useFixes } from '../../store/useFixes'
import { selectActiveWhatIf } from '../../store/whatIfSelectors'

/** "Make it Restricted" (or Baseline: the target level): every fix the selected object needs, previewed as one patch. */
export function MakeLevel() {
  const target = useAppStore(selectTargetLevel)
  const summary = useAppStore(selectSelectedSummary)
  const fixes = useFixes()
  const [open, setOpen] = useState(false)
  // A what-if shows another text than the user's; the patch is for the user's, so it waits until the what-if is off.
  const whatIf = useAppStore((state) => selectActiveWhatIf(state) !== null)
  if (whatIf || target === 'privileged' || !summary || summary.allowed[target]) return null
  const patch = fixes.value?.[target]?.patch
  return (
    <section className="make-level" aria-label={`Make it ${LEVEL_LABELS[target]}`}>
      <button
        type="button"
        className="button"
        data-testid="make-level"
        aria-expanded={open}
        disabled={fixes.status === 'loading'}
        onClick={() => {
          if (!patch) fixes.load()
          setOpen(!open || !patch)
        }}
      >
        {fixes.status === 'loading' ? 'Working out the patch…' : `Make it ${LEVEL_LABELS[target]}…`}
      </button>
      {patch && open && (
        <FixPreview diff={patch.diff} edits={patch.edits} onApplied={() => setOpen(false)}>
          <p className="fix-summary">
            {patch.allowed
              ? `These ${patch.fixes.length} ${patch.fixes.length === 1 ? 'change makes' : 'changes make'} the object meet ${LEVEL_LABELS[target]}:`
              : `These changes fix what can be fixed; the object still fails ${LEVEL_LABELS[target]}:`}
          </p>
          <LevelFixList fixes={patch.fixes} unfixable={patch.unfixable} />
        </FixPreview>
      )}
    </section>
  )
}
