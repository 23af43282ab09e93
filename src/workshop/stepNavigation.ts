/** Opening a playlist step or its answer: the text they replace stays in the draft history. */
import { replaceWork } from '../drafts/replaceWork'
import { currentSnapshot } from '../drafts/stateSync'
import type { AppStore } from '../store/createAppStore'
import type { Playlist } from './types'
import type { WorkshopStore } from '../store/workshopStore'

/** Opens step `index` of a playlist from its starting manifest; view settings (level, Windows, presenter) stay. */
export function openStep(store: AppStore, workshop: WorkshopStore, playlist: Playlist, index: number): void {
  const step = playlist.steps[index]
  if (!step) return
  const previous = currentSnapshot(store, workshop)
  const starting = previous.workshop?.playlist !== playlist.id
  replaceWork(
    store,
    workshop,
    {
      ...previous,
      text: step.manifest,
      version: step.goal.version ?? 'latest',
      objectIndex: step.goal.object ?? 0,
      workshop: { playlist: playlist.id, step: index },
    },
    { reason: starting ? `Started the workshop "${playlist.title}"` : `Opened step ${index + 1} of "${playlist.title}"` },
  )
}

/** Puts step `index`'s answer in place of the text. */
export function applyAnswer(store: AppStore, workshop: WorkshopStore, playlist: Playlist, index: number): void {
  const step = playlist.steps[index]
  if (!step) return
  replaceWork(store, workshop, { ...currentSnapshot(store, workshop), text: step.solution }, { reason: `Put in the answer to step ${index + 1}` })
}
