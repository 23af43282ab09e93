import type { RecommendedLabels as Recommended } from '@secctx/engine'
import { CopyButton } from '../../components/CopyButton'

/** The labels the plan recommends, as the command that sets them and the server-side dry run that tries them first. */
export function RecommendedLabels({ recommended }: { recommended: Recommended }) {
  return (
    <div className="namespace-commands">
      {recommended.loosens && (
        <p className="namespace-loosens" role="note" data-testid="namespace-loosens">
          {recommended.loosens}
        </p>
      )}
      <section className="snippet">
        <div className="snippet__head">
          <h4>Try it: the API server lists the pods it would deny</h4>
          <CopyButton text={recommended.dryRun} label="Copy dry run" />
        </div>
        <pre className="snippet__body snippet__body--wrap" data-testid="namespace-dry-run">
          {recommended.dryRun}
        </pre>
      </section>
      <section className="snippet">
        <div className="snippet__head">
          <h4>Set the labels</h4>
          <CopyButton text={recommended.command} label="Copy command" />
        </div>
        <pre className="snippet__body snippet__body--wrap" data-testid="namespace-command">
          {recommended.command}
        </pre>
      </section>
    </div>
  )
}
