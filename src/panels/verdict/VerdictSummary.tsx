import { LEVEL_LABELS } from '../../components/LevelBadge'
import { LevelIcon } from '../../components/LevelIcon'
import { useAppStore } from '../../store/useAppStore'
import { selectReport, selectReportRevision } from '../../store/selectors'
import { selectShownSummary, selectWhatIfView } from '../../store/whatIfSelectors'

/**
 * The strictest level the selected object meets, in large type. `data-revision` names the
 * document revision the shown report was computed for, so tests and benchmarks can wait for it.
 */
export function VerdictSummary() {
  const report = useAppStore(selectReport)
  const object = useAppStore(selectShownSummary)
  const whatIf = useAppStore((state) => selectWhatIfView(state) !== null)
  const revision = useAppStore(selectReportRevision)

  if (!report || !object) {
    return (
      <div className="verdict verdict--none" data-testid="verdict" data-revision={revision ?? undefined}>
        <span className="verdict__caption">Highest level met</span>
        <span className="verdict__level">{report ? 'No pod to check' : 'Evaluating…'}</span>
        {report && <span className="verdict__for">Paste a Pod or a workload (Deployment, Job, …).</span>}
      </div>
    )
  }
  const level = object.highestLevel
  const versionNote = report.requestedVersion === report.policyVersion ? report.policyVersion : `${report.requestedVersion} (${report.policyVersion})`
  return (
    <div
      className={`verdict verdict--${level}`}
      data-testid="verdict"
      data-level={level}
      data-revision={revision ?? undefined}
      data-out-of-date={report.outOfDate ? 'true' : undefined}
      data-what-if={whatIf ? 'true' : undefined}
    >
      <span className="verdict__caption">{whatIf ? 'Highest level met — what if' : 'Highest level met'}</span>
      <span className="verdict__level">
        <LevelIcon level={level} />
        {LEVEL_LABELS[level]}
      </span>
      <span className="verdict__for">
        {object.kind} {object.name ?? '(unnamed)'} · policy {versionNote}
      </span>
    </div>
  )
}
