import { LessonBar } from '../examples/LessonBar'
import { EffectiveContextPanel } from '../panels/context/EffectiveContextPanel'
import { ObjectList } from '../panels/objects/ObjectList'
import { ProblemsPanel } from '../panels/problems/ProblemsPanel'
import { VerdictPanel } from '../panels/verdict/VerdictPanel'
import { WindowsPanel } from '../panels/windows/WindowsPanel'
import { selectIsStale, selectPresenter } from '../store/selectors'
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
  return (
    <div className="app" data-presenter={presenter}>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <AppHeader />
      <NoticeBanner />
      <WorkshopBar />
      <LessonBar />
      <main className="app-main">
        <EditorPane />
        <div className="results" id="results" tabIndex={-1} data-stale={stale} aria-label="Results">
          <ObjectList />
          <VerdictPanel />
          <EffectiveContextPanel />
          <WindowsPanel />
          <ProblemsPanel />
        </div>
      </main>
    </div>
  )
}
