import type { ReactNode } from 'react'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { LocationButton } from '../../components/LocationButton'
import type { ObjectReport } from '@secctx/engine'
import type { ObjectSummary } from '../../workers/protocol/reportView'
import type { TargetLevel } from '../../store/types'
import { useAppStore } from '../../store/useAppStore'
import { selectShownAllowed, selectShownLevel, selectShownObject, selectShownSummary } from '../../store/whatIfSelectors'
import { KUBELET_WORDS, findingHeadline, overallAnswer, workloadDenialSentence } from './gateWords'
import './WillItRun.css'

type Reveal = (line: number, column: number) => void
type Tone = 'pass' | 'depends' | 'fail'

/**
 * "Will it run?": the three gates a pod meets (the API server, Pod Security admission at the
 * target level, the kubelet), each with its findings linked to the field in the editor. Shown only
 * for a pod-bearing object; the statuses come with the summary, the findings with the detail.
 */
export function WillItRun() {
  // A what-if's gates while one is on (see whatIfSelectors).
  const summary = useAppStore(selectShownSummary)
  const detail = useAppStore(selectShownObject)
  const level = useAppStore(selectShownLevel)
  const admitted = useAppStore(selectShownAllowed)
  const revealAt = useAppStore((state) => state.revealAt)
  if (!summary || admitted === null) return null
  const answer = overallAnswer(summary.apiAccepted, admitted, summary.kubelet)
  return (
    <section
      className="gates"
      aria-labelledby="gates-heading"
      data-testid="gates"
      data-api={summary.apiAccepted ? 'accepted' : 'rejected'}
      data-admission={admitted ? 'allowed' : 'denied'}
      data-kubelet={summary.kubelet}
    >
      <h3 id="gates-heading" className="gates__heading">
        Will it run? <span className={`gates__answer gates__answer--${answer.tone}`}>{answer.text}</span>
      </h3>
      <ol className="gates__list">
        <Gate name="API server" tone={summary.apiAccepted ? 'pass' : 'fail'} state={summary.apiAccepted ? 'Accepted' : 'Rejected'}>
          {!summary.apiAccepted && <ApiFindings detail={detail} onReveal={revealAt} />}
        </Gate>
        <Gate name={`Pod Security (${LEVEL_LABELS[level]})`} tone={admitted ? 'pass' : 'fail'} state={admitted ? 'Allowed' : 'Denied'}>
          {!admitted && <AdmissionFindings summary={summary} detail={detail} level={level} onReveal={revealAt} />}
        </Gate>
        <Gate
          name="Kubelet"
          tone={summary.kubelet === 'starts' ? 'pass' : summary.kubelet === 'depends' ? 'depends' : 'fail'}
          state={KUBELET_WORDS[summary.kubelet]}
        >
          {summary.kubelet !== 'starts' && <KubeletFindings detail={detail} onReveal={revealAt} />}
        </Gate>
      </ol>
    </section>
  )
}

function Gate({ name, tone, state, children }: { name: string; tone: Tone; state: string; children: ReactNode }) {
  return (
    <li className={`gate gate--${tone}`}>
      <div className="gate__head">
        <span className="gate__name">{name}</span>
        <span className="gate__state">{state}</span>
      </div>
      {children}
    </li>
  )
}

function Loading() {
  return <p className="gate__note">Loading the findings…</p>
}

function ApiFindings({ detail, onReveal }: { detail: ObjectReport | null; onReveal: Reveal }) {
  if (!detail) return <Loading />
  const errors = detail.problems.filter((problem) => problem.severity === 'error')
  return (
    <>
      <p className="gate__note">kubectl apply fails: the API server rejects the object{detail.kind === 'Pod' ? '' : ' with its pod template'}.</p>
      <ul className="gate__findings">
        {errors.map((problem, index) => (
          <li key={index}>
            <LocationButton line={problem.line} column={problem.column} onReveal={onReveal}>
              {problem.path}: {problem.message}
            </LocationButton>
          </li>
        ))}
      </ul>
    </>
  )
}

interface AdmissionProps {
  summary: ObjectSummary
  detail: ObjectReport | null
  level: TargetLevel
  onReveal: Reveal
}

function AdmissionFindings({ summary, detail, level, onReveal }: AdmissionProps) {
  const note = summary.kind === 'Pod' ? 'kubectl apply fails with the message below.' : workloadDenialSentence(summary.kind)
  // Only a checked level can deny; the first place of each failing check is enough here, the list below has them all.
  const violations = detail && level !== 'privileged' ? detail.levels[level].violations : []
  return (
    <>
      <p className="gate__note" data-testid="workload-admission">
        {note}
      </p>
      {!detail ? (
        <Loading />
      ) : (
        <ul className="gate__findings gate__findings--inline" aria-label="Failing checks">
          {violations.map((violation) => (
            <li key={violation.check}>
              <LocationButton
                line={violation.locations[0].line}
                column={violation.locations[0].column}
                onReveal={onReveal}
                label={`${violation.check}: ${violation.reason}, line ${violation.locations[0].line}`}
              >
                {violation.check}
              </LocationButton>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function KubeletFindings({ detail, onReveal }: { detail: ObjectReport | null; onReveal: Reveal }) {
  if (!detail) return <Loading />
  return (
    <ul className="gate__findings">
      {detail.gates.kubelet.findings.map((finding, index) => (
        <li key={index} data-testid="kubelet-finding" data-container={finding.container ?? ''} data-status={finding.status}>
          <LocationButton line={finding.line} column={finding.column} onReveal={onReveal}>
            <strong>{finding.container === null ? 'Pod' : finding.container || '(unnamed container)'}</strong> {findingHeadline(finding)}: {finding.path}
          </LocationButton>
          <p className="gate__message">{finding.message}</p>
        </li>
      ))}
    </ul>
  )
}
