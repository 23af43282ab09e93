/** Opening a playlist step: the step's manifest, the goal's version and object, and the workshop position. */
import { applySnapshot } from '../drafts/startSession'
import { currentSnapshot } from '../drafts/stateSync'
import type { AppStore } from '../store/createAppStore'
import type { Playlist } from './types'
import type { WorkshopStore } from './workshopStore'

/** Opens step `index` of a playlist from its starting manifest; view settings (level, Windows, presenter) stay. */
export function openStep(store: AppStore, workshop: WorkshopStore, playlist: Playlist, index: number): void {
  const step = playlist.steps[index]
  if (!step) return
  applySnapshot(store, workshop, {
    ...currentSnapshot(store, workshop),
    text: step.manifest,
    version: step.goal.version ?? 'latest',
    objectIndex: step.goal.object ?? 0,
    workshop: { playlist: playlist.id, step: index },
  })
}
