import { lazy, Suspense, useState } from 'react'
import './workshop.css'

const PlaylistPicker = lazy(() => import('./PlaylistPicker').then((module) => ({ default: module.PlaylistPicker })))

/** The "Workshop" menu in the header: starts a playlist. Its data loads when the menu first opens. */
export function WorkshopMenu() {
  const [open, setOpen] = useState(false)
  return (
    <details className="workshop-menu" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button--small">Workshop</summary>
      {open && (
        <div className="workshop-menu__panel">
          <Suspense fallback={<p>Loading playlists…</p>}>
            <PlaylistPicker onStarted={() => setOpen(false)} />
          </Suspense>
        </div>
      )}
    </details>
  )
}
