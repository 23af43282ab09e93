import { HeaderActions } from './HeaderActions'
import { WindowsToggle } from './WindowsToggle'

/** Title, what the tool does in one line, and the app-wide switches. */
export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img className="app-header__logo" src="./favicon.svg" alt="" width="28" height="28" />
        <div>
          <h1 className="app-header__title">Security Context Playground</h1>
          <p className="app-header__tagline">Effective security context and Pod Security verdict, computed in your browser.</p>
        </div>
      </div>
      <div className="app-header__controls">
        <WindowsToggle />
        <HeaderActions />
      </div>
    </header>
  )
}
