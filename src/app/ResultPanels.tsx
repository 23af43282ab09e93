import { startTransition, useCallback, useState } from 'react'
import { NamespacesView } from '../panels/namespaces/NamespacesView'
import '../panels/namespaces/namespaces.css'
import { ObjectList } from '../panels/objects/ObjectList'
import { ProblemsPanel } from '../panels/problems/ProblemsPanel'
import { EffectiveContextPanel } from '../panels/context/EffectiveContextPanel'
import { VerdictPanel } from '../panels/verdict/VerdictPanel'
import { WindowsPanel } from '../panels/windows/WindowsPanel'
import { useAppStore } from '../store/useAppStore'

type ResultsView = 'objects' | 'namespaces'

/**
 * The result panels: per object (the object list, its verdict and details), or, when the input
 * spans namespaces, the Namespaces view instead, chosen with a switch above them. Choosing an
 * object in the Namespaces view selects it and shows the object view.
 */
export function ResultPanels({ evaluated }: { evaluated: boolean }) {
  const spansNamespaces = useAppStore((state) => state.evaluation.report?.spansNamespaces ?? false)
  const selectObject = useAppStore((state) => state.selectObject)
  const [view, setView] = useState<ResultsView>('objects')
  // Switching swaps whole panels (a large input's object list, or fifty namespace rows): in a
  // transition, so React renders them in slices instead of one long task.
  const show = (next: ResultsView) => startTransition(() => setView(next))
  const showObject = useCallback(
    (index: number) => {
      selectObject(index)
      startTransition(() => setView('objects'))
    },
    [selectObject],
  )
  const shown = spansNamespaces ? view : 'objects'
  return (
    <>
      {spansNamespaces && (
        <div className="results-switch" role="group" aria-label="Results view">
          {(['objects', 'namespaces'] as const).map((option) => (
            <button key={option} type="button" className="button" aria-pressed={shown === option} data-testid={`${option}-view`} onClick={() => show(option)}>
              {option === 'objects' ? 'Objects' : 'Namespaces'}
            </button>
          ))}
        </div>
      )}
      {shown === 'namespaces' ? (
        <NamespacesView onShowObject={showObject} />
      ) : (
        <>
          {evaluated ? <ObjectList /> : <ObjectListPlaceholder />}
          <VerdictPanel />
          <EffectiveContextPanel />
          <WindowsPanel />
          <ProblemsPanel />
        </>
      )}
    </>
  )
}

/**
 * The object list's frame with room for one object, until the first report arrives: the list
 * appearing above the verdict would otherwise push the verdict down (a layout shift). The start-up
 * example has one object; `index.html`'s static shell shows the same frame.
 */
function ObjectListPlaceholder() {
  return (
    <div className="panel object-list-panel panel--placeholder" aria-hidden="true">
      <p className="panel__title">Objects</p>
      <div className="object-list">
        <span className="object-list__item">
          <span className="object-list__name">&nbsp;</span>
        </span>
      </div>
    </div>
  )
}
