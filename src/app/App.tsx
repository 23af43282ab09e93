import { LessonBar } from '../examples/LessonBar'
import { selectIsStale, selectPresenter, selectReport } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'
import { WorkshopBar } from '../workshop/WorkshopBar'
import { AppHeader } from './AppHeader'
import { EditorPane } from './EditorPane'
import { NoticeBanner } from './NoticeBanner'
import { ResultPanels } from './ResultPanels'
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
          <div className="results" id="results" tabIndex={-1} data-stale={stale} data-evaluated={evaluated} aria-label="Results">
            <ResultPanels evaluated={evaluated} />
          </div>
        </div>
      </main>
    </div>
  )
}
