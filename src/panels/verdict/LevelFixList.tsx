import type { FixSummary, Unfixable } from '@secctx/engine'
import { FixLabelBadge } from './FixPreview'

interface LevelFixListProps {
  fixes: readonly FixSummary[]
  unfixable: readonly Unfixable[]
  /** Extra classes beside `fix-list`. */
  className?: string
  /** The list's accessible name, when the text around it does not give one. */
  label?: string
}

/** What meeting a level takes: each fix with its safe/changes-behaviour label, then the checks no fix clears and why. */
export function LevelFixList({ fixes, unfixable, className, label }: LevelFixListProps) {
  return (
    <ul className={className ? `fix-list ${className}` : 'fix-list'} aria-label={label}>
      {fixes.map((fix) => (
        <li key={fix.check}>
          <FixLabelBadge label={fix.label} /> <code>{fix.check}</code>: {fix.description}
        </li>
      ))}
      {unfixable.map((u) => (
        <li key={u.check} className="fix-unavailable">
          <code>{u.check}</code>: no automatic fix, {u.reason}.
        </li>
      ))}
    </ul>
  )
}
