/** Builds the app store; one per page, and a fresh one per test. */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Evaluator } from './evaluator'
import { createDocumentSlice } from './slices/documentSlice'
import { createEvaluationSlice } from './slices/evaluationSlice'
import { createFixSlice } from './slices/fixSlice'
import { createPlanSlice } from './slices/planSlice'
import { createSelectionSlice } from './slices/selectionSlice'
import { createSettingsSlice, DEFAULT_SETTINGS } from './slices/settingsSlice'
import type { SliceContext } from './slices/sliceContext'
import { createUiSlice } from './slices/uiSlice'
import { createWhatIfSlice } from './slices/whatIfSlice'
import { readEditorMode, type StorageLike } from './storage'
import type { AppState, ShareSnapshot } from './types'

export interface AppStoreDeps {
  evaluator: Evaluator
  /** Where the editor-mode preference lives; null keeps nothing. */
  storage?: StorageLike | null
  /** Wait after an edit before evaluating; small, because results must feel instant. */
  debounceMs?: number
  /** Start-up state, e.g. decoded from a permalink; the rest takes defaults. */
  initial?: Partial<ShareSnapshot>
}

export type AppStore = StoreApi<AppState>

/**
 * Small: the engine needs ~2-8 ms for 30-300 lines, so most of the 100 ms edit-to-verdict budget
 * would otherwise go to waiting. Bursts (auto-indent, a held key) are absorbed by the worker
 * evaluator, which keeps only the newest waiting request.
 */
export const DEFAULT_DEBOUNCE_MS = 10

export function createAppStore(deps: AppStoreDeps): AppStore {
  const storage = deps.storage ?? null
  const initial = deps.initial ?? {}
  const cleanups: Array<() => void> = []

  const store = createStore<AppState>()((set, get) => {
    const context: SliceContext = {
      set,
      get,
      evaluator: deps.evaluator,
      storage,
      debounceMs: deps.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      onDispose: (cleanup) => cleanups.push(cleanup),
    }
    return {
      ...createDocumentSlice(context, initial.text ?? ''),
      ...createSettingsSlice(context, {
        version: initial.version ?? DEFAULT_SETTINGS.version,
        level: initial.level ?? DEFAULT_SETTINGS.level,
        windowsOpen: initial.windowsOpen ?? DEFAULT_SETTINGS.windowsOpen,
        editorMode: readEditorMode(storage) ?? DEFAULT_SETTINGS.editorMode,
        presenter: initial.presenter ?? DEFAULT_SETTINGS.presenter,
      }),
      ...createEvaluationSlice(context),
      ...createSelectionSlice(context, initial.objectIndex ?? 0),
      ...createUiSlice(context),
      ...createFixSlice(context),
      ...createPlanSlice(context),
      ...createWhatIfSlice(context),
      applySnapshot(snapshot) {
        set((state) => {
          const textChanged = snapshot.text !== undefined && snapshot.text !== state.document.text
          return {
            document: textChanged ? { text: snapshot.text as string, revision: state.document.revision + 1 } : state.document,
            settings: {
              ...state.settings,
              ...pick(snapshot, ['version', 'level', 'windowsOpen', 'presenter']),
            },
            selection: snapshot.objectIndex === undefined ? state.selection : { objectIndex: Math.max(0, Math.trunc(snapshot.objectIndex)) },
          }
        })
        get().requestEvaluation(0)
      },
      dispose: () => cleanups.splice(0).forEach((cleanup) => cleanup()),
    }
  })

  store.getState().requestEvaluation(0)
  return store
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key]
  return out
}
