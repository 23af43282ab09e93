import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createEvaluateWorker } from './app/createEvaluateWorker'
import { browserSessionEnv } from './drafts/sessionEnv'
import { startSession } from './drafts/startSession'
import { SEED_MANIFEST } from './app/seedManifest'
import { AppStoreProvider } from './store/AppStoreProvider'
import { createAppStore } from './store/createAppStore'
import type { StorageLike } from './store/storage'
import { createWorkerEvaluator } from './store/workerEvaluator'
import { WorkshopStoreContext } from './store/workshopContext'
import { createWorkshopStore } from './store/workshopStore'
import './styles/base.css'
import './styles/controls.css'

// Reading `localStorage` itself throws in sandboxed frames with storage disabled.
function browserStorage(): StorageLike | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const store = createAppStore({
  evaluator: createWorkerEvaluator({ createWorker: createEvaluateWorker }),
  storage: browserStorage(),
  initial: { text: SEED_MANIFEST },
})
const workshop = createWorkshopStore()
// The address fragment and the saved drafts decide what opens; from then on both follow the state.
void startSession(store, workshop, browserSessionEnv())

// index.html's static shell is on screen meanwhile, so the first render can yield to the browser
// (a transition renders in slices) instead of blocking it in one long task.
const root = createRoot(document.getElementById('root')!)
startTransition(() => {
  root.render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <WorkshopStoreContext.Provider value={workshop}>
          <App />
        </WorkshopStoreContext.Provider>
      </AppStoreProvider>
    </StrictMode>,
  )
})
