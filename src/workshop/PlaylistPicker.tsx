import { useAppStoreApi } from '../store/useAppStore'
import { PLAYLISTS } from './playlists'
import { openStep } from './stepNavigation'
import { useWorkshopApi } from '../store/workshopContext'

/** The playlists, each with a button that opens its first step. */
export function PlaylistPicker({ onStarted }: { onStarted: () => void }) {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()
  return (
    <ul className="workshop-menu__list" aria-label="Playlists">
      {PLAYLISTS.map((playlist) => (
        <li key={playlist.id}>
          <p className="workshop-menu__title">{playlist.title}</p>
          <p className="workshop-menu__description">
            {playlist.description} {playlist.steps.length} steps.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              openStep(store, workshop, playlist, 0)
              onStarted()
            }}
          >
            Start {playlist.title}
          </button>
        </li>
      ))}
    </ul>
  )
}
