/** The editor squiggles for the target level: syntax errors, API problems and Pod Security failures. */
import type { EditorMarker } from '../editor/types'
import type { AppState } from './types'

const NO_MARKERS: readonly EditorMarker[] = []

/**
 * Markers for every object, not only the selected one (see `buildMarkers` in reportView.ts).
 * They arrive with the report, computed where the full report lives (the evaluation worker), for
 * each target level, so neither an answer nor a change of target costs the main thread a pass
 * over the report or the text.
 */
export const selectEditorMarkers = (state: AppState): readonly EditorMarker[] => state.evaluation.report?.markers[state.settings.level].markers ?? NO_MARKERS
