import { useMemo } from 'react'
import { CHECKED_LEVELS, stricter, type CheckedLevel, type Violation } from '@secctx/engine'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { LocationButton } from '../../components/LocationButton'
import { FixControl } from './FixControl'
import { selectReport } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { selectActiveWhatIf, selectShownLevel, selectShownObject, selectShownSummary, selectShownViolationGroups } from '../../store/whatIfSelectors'
import { versionNotes, type VersionNote, type VersionNotes } from './versionNotes'
import './versionNotes.css'

/**
 * Every failing check of the shown object (the selected one, or a what-if's) with its upstream
 * reason and detail, grouped by level; and what the policy version hides or shows (versionNotes).
 */
export function ViolationList() {
  const groups = useAppStore(selectShownViolationGroups)
  const target = useAppStore(selectShownLevel)
  const revealAt = useAppStore((state) => state.revealAt)
  const object = useAppStore(selectShownObject)
  const policyVersion = useAppStore((state) => selectReport(state)?.policyVersion ?? null)
  const hasObject = useAppStore((state) => selectShownSummary(state) !== null)
  // A what-if's checks are those of a changed copy: its Fix buttons would patch text the user does not have.
  const whatIf = useAppStore((state) => selectActiveWhatIf(state) !== null)
  const notes = useMemo(() => {
    if (!object?.changes || !policyVersion) return null
    const failing = new Set([...object.levels.baseline.violations, ...object.levels.restricted.violations].map((v) => v.check))
    return versionNotes(object.changes, policyVersion, failing)
  }, [object, policyVersion])
  // With no pod-bearing object there is nothing that could meet a level.
  if (!hasObject) return null
  if (!object) return <p className="panel-empty">Loading the object's checks…</p>
  const elsewhere = notes && notes.elsewhere.length > 0 && <OtherVersions notes={notes.elsewhere} version={policyVersion ?? ''} />
  if (groups.baseline.length === 0 && groups.restricted.length === 0) {
    return (
      <>
        <p className="panel-empty">No failing checks: the object meets Restricted.</p>
        {elsewhere}
      </>
    )
  }
  return (
    <div className="violation-groups">
      {CHECKED_LEVELS.map((level) => (
        <ViolationGroup
          key={level}
          level={level}
          violations={groups[level]}
          enforced={!stricter(level, target)}
          onReveal={revealAt}
          notes={notes}
          fixable={!whatIf}
        />
      ))}
      {elsewhere}
    </div>
  )
}

/** Checks that pass at the shown version but not at another one: why a violation appeared or went away. */
function OtherVersions({ notes, version }: { notes: readonly VersionNote[]; version: string }) {
  return (
    <section className="version-notes" aria-label={`Checks that pass at ${version} but not at every version`}>
      <h3 className="violation-group__heading">At other versions</h3>
      <ul className="version-notes__list">
        {notes.map((note) => (
          <li key={`${note.check}-${note.version}`} data-testid="version-note" data-check={note.check}>
            <code>{note.check}</code>: {note.text}
          </li>
        ))}
      </ul>
    </section>
  )
}

interface GroupProps {
  level: CheckedLevel
  violations: readonly Violation[]
  enforced: boolean
  onReveal: (line: number, column: number) => void
  notes: VersionNotes | null
  fixable: boolean
}

function ViolationGroup({ level, violations, enforced, onReveal, notes, fixable }: GroupProps) {
  if (violations.length === 0) return null
  return (
    <section className="violation-group" aria-label={`${level} checks that fail`}>
      <h3 className="violation-group__heading">
        <span className="violation-group__level">
          <span aria-hidden="true">✗</span>
          {LEVEL_LABELS[level]}
        </span>{' '}
        {violations.length} failing {violations.length === 1 ? 'check' : 'checks'}
        <span className="violation-group__scope">{enforced ? 'enforced by your target' : 'not enforced by your target'}</span>
      </h3>
      <ul className="violation-list">
        {violations.map((violation) => (
          <li key={violation.check} className="violation" data-testid="violation" data-check={violation.check}>
            <div className="violation__head">
              <code className="violation__check">{violation.check}</code>
              <span className="violation__reason">{violation.reason}</span>
            </div>
            {violation.detail && <p className="violation__detail">{violation.detail}</p>}
            {notes?.failing.get(violation.check)?.map((note) => (
              <p key={note.version} className="violation__version" data-testid="version-note" data-check={violation.check}>
                {note.text}
              </p>
            ))}
            {violation.locations.length > 0 && (
              <div className="violation__locations">
                {violation.locations.map((location, index) => (
                  <LocationButton key={`${location.path}-${index}`} line={location.line} column={location.column} onReveal={onReveal}>
                    {/* A missing field points at its nearest written ancestor; name the field itself. */}
                    {location.field ? `${location.field} (not written)` : location.path}
                  </LocationButton>
                ))}
              </div>
            )}
            {fixable && <FixControl level={level} check={violation.check} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
