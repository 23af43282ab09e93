import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createEvaluateWorker } from './app/createEvaluateWorker'
import { SEED_MANIFEST } from './app/seedManifest'
import { AppStoreProvider } from './store/AppStoreProvider'
import { createAppStore } from './store/createAppStore'
import type { StorageLike } from './store/storage'
import { createWorkerEvaluator } from './store/workerEvaluator'
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
)
