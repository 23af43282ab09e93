import { useId } from 'react'
import { CHECKED_LEVELS, describeWhatIf, type WhatIf } from '@secctx/engine'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { selectSelectedSummary } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { useWhatIf } from '../../store/useWhatIf'
import { whatIfApplyBlocker } from '../../store/slices/whatIfSlice'
import { selectActiveWhatIf } from '../../store/whatIfSelectors'
import { LevelFixList } from './LevelFixList'
import './WhatIf.css'

interface Switch {
  change: WhatIf
  /** What the user is asking, in words. */
  title: string
}

const FIELD_SWITCHES: readonly Switch[] = [
  {
    change: { kind: 'hostUsers' },
    title: 'In a user namespace: root in the container is not root on the node; Pod Security relaxes runAsNonRoot and runAsUser for it from v1.35',
  },
  {
    change: { kind: 'os', name: 'windows' },
    title: 'Placed on Windows nodes: Pod Security skips the Linux-only checks from v1.25, and the API server refuses Linux-only fields',
  },
  { change: { kind: 'os', name: 'linux' }, title: 'Placed on Linux nodes: the API server refuses Windows-only fields' },
]

/** A switch's label is the engine's wording of the change, as the banner's; a level's phrase starts with a capital, a field keeps its case. */
function switchLabel(change: WhatIf): string {
  const words = describeWhatIf(change)
  return change.kind === 'level' ? words.charAt(0).toUpperCase() + words.slice(1) : words
}

const same = (a: WhatIf | null, b: WhatIf) => a !== null && JSON.stringify(a) === JSON.stringify(b)

/**
 * One click to see the verdict and the gates as if the selected object said something else, or as
 * if it were made to meet a stricter level (what "Make it <level>" would change, judged against a
 * namespace enforcing that level). The text is never changed until "Apply".
 */
export function WhatIfSwitches() {
  useWhatIf()
  const summary = useAppStore(selectSelectedSummary)
  const active = useAppStore(selectActiveWhatIf)
  const setWhatIf = useAppStore((state) => state.setWhatIf)
  if (!summary) return null
  // Only a level the object does not meet yet is worth looking at; one it meets changes nothing.
  const levels: Switch[] = CHECKED_LEVELS.filter((level) => !summary.allowed[level]).map((level) => ({
    change: { kind: 'level', level },
    title: `The verdict and gates after the fixes ${LEVEL_LABELS[level]} needs, in a namespace enforcing ${LEVEL_LABELS[level]}`,
  }))
  return (
    <section className="what-if-switches" aria-label="What if" data-testid="what-if-switches">
      <span className="what-if-switches__title">What if…</span>
      {[...FIELD_SWITCHES, ...levels].map((option) => {
        const on = same(active?.change ?? null, option.change)
        return (
          <button
            key={JSON.stringify(option.change)}
            type="button"
            className="button button--small what-if-switch"
            aria-pressed={on}
            title={option.title}
            onClick={() => setWhatIf(on ? null : option.change)}
          >
            {switchLabel(option.change)}
          </button>
        )
      })}
    </section>
  )
}

/** While a switch is on: what the panel below shows, that it is not applied, and the way to apply it or go back. */
export function WhatIfBanner() {
  const active = useAppStore(selectActiveWhatIf)
  const setWhatIf = useAppStore((state) => state.setWhatIf)
  const apply = useAppStore((state) => state.applyWhatIf)
  // Apply acts on the answer for the text as it is now; after an edit the shown answer is the old text's until the new one comes.
  const blocker = useAppStore(whatIfApplyBlocker)
  const blockerId = useId()
  if (!active?.change) return null
  const { change, status, answer } = active
  const reason = answer && 'reason' in answer ? answer.reason : null
  const view = answer && !('reason' in answer) ? answer : null
  return (
    <div className="what-if" role="status" data-testid="what-if" data-status={status}>
      <p className="what-if__title">
        <strong>What if: {describeWhatIf(change)}</strong> — not applied
      </p>
      {change.kind === 'level' && (
        <p className="what-if__note">
          The verdict and gates below are those of the object after these changes, in a namespace enforcing {LEVEL_LABELS[change.level]}.
        </p>
      )}
      {status === 'loading' && <p className="what-if__note">Working out the what-if…</p>}
      {status === 'error' && <p className="what-if__note">The what-if could not be worked out; edit the text to try again.</p>}
      {reason && <p className="what-if__note">Nothing to show: {reason}. Below is your manifest as it is.</p>}
      {view && change.kind === 'level' && (view.fixes.length > 0 || view.unfixable.length > 0) && (
        <LevelFixList fixes={view.fixes} unfixable={view.unfixable} className="what-if__fixes" label="What it would take" />
      )}
      <div className="what-if__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="what-if-apply"
          disabled={blocker !== null}
          aria-describedby={blocker === null ? undefined : blockerId}
          onClick={apply}
        >
          Apply
        </button>
        <button type="button" className="button button--small" data-testid="what-if-off" onClick={() => setWhatIf(null)}>
          Back to my manifest
        </button>
        {blocker !== null && (
          <span className="what-if__note" id={blockerId} data-testid="what-if-apply-blocker">
            {blocker}.
          </span>
        )}
      </div>
    </div>
  )
}
