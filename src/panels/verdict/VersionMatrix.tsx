import { useId } from 'react'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import type { VersionVerdict } from '@secctx/engine'
import { selectReport } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { selectShownObject } from '../../store/whatIfSelectors'
import { minorOf } from './versionNotes'
import './VersionMatrix.css'

/**
 * The selected object's verdict at every policy version, as the ranges in which it holds, and what
 * changed at each boundary. The worker computes it with the report (engine `versions: 'all'`);
 * clicking a range evaluates at it (the last range is `latest`).
 */
export function VersionMatrix() {
  const object = useAppStore(selectShownObject)
  const policyVersion = useAppStore((state) => selectReport(state)?.policyVersion ?? null)
  const setVersion = useAppStore((state) => state.setVersion)
  const headingId = useId()
  const matrix = object?.matrix
  if (!matrix || matrix.length === 0) return null
  const current = policyVersion === null ? -1 : minorOf(policyVersion)
  // Every change inside the range: one that leaves the verdict as it was still changes the list of failures.
  const changesAt = (range: VersionVerdict) =>
    (object.changes ?? []).filter((change) => minorOf(range.from) <= minorOf(change.version) && minorOf(change.version) <= minorOf(range.to))
  return (
    // Not named "… policy version …": the version select is found by that label.
    <section className="version-matrix" aria-labelledby={headingId}>
      <h3 className="version-matrix__title" id={headingId}>
        Verdict across versions
      </h3>
      <ol className="version-matrix__ranges" data-testid="version-matrix">
        {matrix.map((range, index) => {
          const last = index === matrix.length - 1
          const target = last ? 'latest' : range.to
          const here = minorOf(range.from) <= current && current <= minorOf(range.to)
          return (
            <li
              key={range.from}
              data-from={range.from}
              data-to={range.to}
              data-level={range.highestLevel}
              className={`version-matrix__range verdict--${range.highestLevel}`}
            >
              <button type="button" aria-current={here ? 'true' : undefined} onClick={() => setVersion(target)} title={`Evaluate at ${target}`}>
                <span className="version-matrix__span">
                  {range.from === range.to ? range.from : `${range.from}–${last ? `${range.to} (latest)` : range.to}`}
                </span>
                <span className="version-matrix__level">{LEVEL_LABELS[range.highestLevel]}</span>
              </button>
              {changesAt(range).length > 0 && (
                <ul className="version-matrix__changes">
                  {changesAt(range).map((change) => (
                    <li key={`${change.check}-${change.version}`} data-check={change.check} data-kind={change.kind}>
                      <strong>{change.version}</strong> {change.check} {change.kind}: {change.note}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
