import { CopyButton } from '../../components/CopyButton'
import { selectSelectedSummary, selectTargetLevel, selectVersion } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { namespaceLabelsYaml } from './namespaceLabels'

/** The namespace labels that enforce (and audit and warn) the chosen level and version. */
export function NamespaceLabels() {
  const level = useAppStore(selectTargetLevel)
  const version = useAppStore(selectVersion)
  const namespace = useAppStore((state) => selectSelectedSummary(state)?.namespace ?? null)
  const yaml = namespaceLabelsYaml(level, version, namespace)
  return (
    <section className="snippet" aria-labelledby="namespace-labels-heading">
      <div className="snippet__head">
        <h3 id="namespace-labels-heading">Namespace labels</h3>
        <CopyButton text={yaml} label="Copy YAML" />
      </div>
      <pre className="snippet__body" data-testid="namespace-labels">
        {yaml}
      </pre>
    </section>
  )
}
