import type { Problem } from '@secctx/engine'
import { LocationButton } from '../../components/LocationButton'
import { leadWithReason } from '../../components/readableMessage'
import { SeverityBadge } from '../../components/SeverityBadge'

interface ProblemItemsProps {
  problems: readonly Problem[]
  onReveal: (line: number, column: number) => void
  empty: string
}

/** A list of API problems (severity, path, message), each leading to its place in the manifest. */
export function ProblemItems({ problems, onReveal, empty }: ProblemItemsProps) {
  if (problems.length === 0) return <p className="panel-empty">{empty}</p>
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${problem.code}-${index}`} className="problem" data-testid="problem" data-severity={problem.severity}>
          <SeverityBadge severity={problem.severity} />
          <span className="problem__message" title={problem.message}>
            {leadWithReason(problem.message)}
          </span>
          <LocationButton line={problem.line} column={problem.column} onReveal={onReveal}>
            {problem.path}
          </LocationButton>
        </li>
      ))}
    </ul>
  )
}
