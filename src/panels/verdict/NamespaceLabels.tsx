import { CopyButton } from '../../components/CopyButton'
import { selectSelectedSummary, selectTargetLevel, selectVersion } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { namespaceLabelsYaml } from './namespaceLabels'

/** The namespace labels that enforce (and audit and warn) the chosen level and version; none without a pod-bearing object. */
export function NamespaceLabels() {
  const level = useAppStore(selectTargetLevel)
  const version = useAppStore(selectVersion)
  const object = useAppStore(selectSelectedSummary)
  // Labels for a namespace only make sense once there is a pod to put in it.
  if (!object) return null
  const yaml = namespaceLabelsYaml(level, version, object.namespace)
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
