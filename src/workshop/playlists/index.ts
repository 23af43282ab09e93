/** Every shipped playlist; loaded lazily with the workshop bar. */
import type { Playlist } from '../types'
import { privilegedToRestricted } from './privilegedToRestricted'

/** The playlists, in menu order. */
export const PLAYLISTS: readonly Playlist[] = [privilegedToRestricted]

/** The playlist with that id, if any. */
export function findPlaylist(id: string): Playlist | undefined {
  return PLAYLISTS.find((playlist) => playlist.id === id)
}
