import { LessonBar } from '../examples/LessonBar'
import { EffectiveContextPanel } from '../panels/context/EffectiveContextPanel'
import { ObjectList } from '../panels/objects/ObjectList'
import { ProblemsPanel } from '../panels/problems/ProblemsPanel'
import { VerdictPanel } from '../panels/verdict/VerdictPanel'
import { WindowsPanel } from '../panels/windows/WindowsPanel'
import { selectIsStale, selectPresenter, selectReport } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'
import { WorkshopBar } from '../workshop/WorkshopBar'
import { AppHeader } from './AppHeader'
import { EditorPane } from './EditorPane'
import { NoticeBanner } from './NoticeBanner'
import '../panels/panels.css'
import './App.css'

/** The page: header, notice banner, the editor on the left and the result panels on the right. */
export function App() {
  const presenter = useAppStore(selectPresenter)
  const stale = useAppStore(selectIsStale)
  const evaluated = useAppStore((state) => selectReport(state) !== null)
  return (
    <div className="app" data-presenter={presenter}>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <AppHeader />
      <NoticeBanner />
      {/* On a projector the step sits beside the editor, so the editor keeps the screen's height. */}
      {!presenter && <WorkshopBar />}
      <LessonBar />
      <main className="app-main">
        <EditorPane />
        <div className="app-side">
          {presenter && <WorkshopBar />}
          <div
            className="results"
            id="results"
            tabIndex={-1}
            data-stale={stale}
            data-evaluated={evaluated}
            aria-label="Results"
          >
            {evaluated ? <ObjectList /> : <ObjectListPlaceholder />}
            <VerdictPanel />
            <EffectiveContextPanel />
            <WindowsPanel />
            <ProblemsPanel />
          </div>
        </div>
      </main>
    </div>
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
