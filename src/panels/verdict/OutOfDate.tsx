import { selectReport } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'

/** Says that the result shown is the last one that could be read, while the text has an input error that lost objects. */
export function OutOfDate() {
  const report = useAppStore(selectReport)
  if (!report?.outOfDate) return null
  const first = report.errors[0]
  return (
    <p className="out-of-date" role="status" data-testid="out-of-date">
      <strong>Out of date:</strong> the text cannot be read{first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : ''}, so this is the last
      result that could be. Fix the error to update it.
    </p>
  )
}
