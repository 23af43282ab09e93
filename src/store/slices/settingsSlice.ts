import { writeEditorMode } from '../storage'
import type { SettingsSlice, SettingsState } from '../types'
import type { SliceContext } from './sliceContext'

export const DEFAULT_SETTINGS: SettingsState = {
  version: 'latest',
  level: 'restricted',
  windowsOpen: false,
  editorMode: 'monaco',
  presenter: false,
}

export function createSettingsSlice({ set, get, storage }: SliceContext, initial: SettingsState): SettingsSlice {
  const update = (patch: Partial<SettingsState>) => set((state) => ({ settings: { ...state.settings, ...patch } }))
  return {
    settings: initial,
    setVersion(version) {
      if (version === get().settings.version) return
      update({ version })
      // A deliberate choice, not typing: no reason to wait for a debounce.
      get().requestEvaluation(0)
    },
    // The report holds both levels, so a new target needs no evaluation.
    setLevel: (level) => update({ level }),
    setWindowsOpen: (windowsOpen) => update({ windowsOpen }),
    setEditorMode(editorMode) {
      update({ editorMode })
      writeEditorMode(storage, editorMode)
    },
    setPresenter: (presenter) => update({ presenter }),
  }
}
