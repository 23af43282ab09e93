/**
 * What-if switches: the selected object as if a change were made to it, computed by the evaluator
 * on a changed copy of the text (the user's text is never touched), and applied on request as one
 * ordinary undoable edit. An edit to the text, or another version, while a switch is on computes
 * the what-if again for the new text; selecting another object turns it off.
 */
import { applyEdits, type WhatIf } from '@secctx/engine'
import type { WhatIfAnswer } from '../../workers/protocol/whatIf'
import { clampIndex } from '../../workers/protocol/reportView'
import type { AppState } from '../types'
import type { SliceContext } from './sliceContext'
import { failedAgain, type RequestState } from '../useBoundedRetry'

/** The switch that is on, for which object, and its answer. */
export interface WhatIfState extends RequestState {
  /** The change looked at; null when every switch is off. */
  change: WhatIf | null
  /** The index of the object it was turned on for. */
  objectIndex: number
  /** `revision:version:index:change` the answer is (being) computed for; null when none was asked for. */
  key: string | null
  /** The last answer for this change and object, kept while it is computed again for a newer text. */
  answer: WhatIfAnswer | null
}

/** The store's what-if part: the switch that is on, and the actions that turn it on, compute it and apply it. */
export interface WhatIfSlice {
  whatIf: WhatIfState
  /** Turns a switch on for the selected object (another one goes off), or every switch off with null. */
  setWhatIf: (change: WhatIf | null) => void
  /** Asks for the answer of the switch that is on, for the shown evaluation, unless it is there or on its way. */
  loadWhatIf: () => void
  /** Makes the change to the text as one undoable edit, and turns the switch off: the manifest now says it. */
  applyWhatIf: () => void
}

const OFF: WhatIfState = { change: null, objectIndex: 0, key: null, status: 'idle', answer: null }

/** The key of the answer the switch that is on needs: the evaluation of the current text and the object it is on for. */
export function wantedWhatIfKey(state: AppState): string | null {
  const { change, objectIndex } = state.whatIf
  const { report, forRevision, forVersion } = state.evaluation
  if (!change || !report || report.outOfDate || report.objects.length === 0 || forRevision !== state.document.revision) return null
  if (clampIndex(state.selection.objectIndex, report.objects.length) !== objectIndex) return null
  return `${forRevision}:${forVersion}:${objectIndex}:${JSON.stringify(change)}`
}

/**
 * Why Apply cannot make the what-if's edits to the text now, or null when it can. The edits are
 * offsets into the text they were computed for, so they apply only while the answer is the one the
 * current text and object need (after an edit, not until the new evaluation's what-if arrives).
 */
export function whatIfApplyBlocker(state: AppState): string | null {
  const { key, status, answer } = state.whatIf
  if (status === 'error') return 'The what-if could not be worked out'
  if (status !== 'done' || key === null || key !== wantedWhatIfKey(state)) return 'Waiting for the what-if of the current text'
  if (!answer || 'reason' in answer) return 'Nothing to apply'
  return null
}

/** See the module comment. */
export function createWhatIfSlice({ set, get, evaluator, onDispose }: SliceContext): WhatIfSlice {
  let disposed = false
  onDispose(() => (disposed = true))
  return {
    whatIf: OFF,
    setWhatIf(change) {
      const report = get().evaluation.report
      const objectIndex = report && report.objects.length > 0 ? clampIndex(get().selection.objectIndex, report.objects.length) : 0
      set({ whatIf: change ? { ...OFF, change, objectIndex } : OFF })
      if (change) get().loadWhatIf()
    },
    loadWhatIf() {
      const key = wantedWhatIfKey(get())
      const { forRevision: revision, forVersion: version } = get().evaluation
      const { change, objectIndex: index, key: asked, status } = get().whatIf
      if (disposed || key === null || !change || revision === null || version === null || !evaluator.whatIf) return
      if (asked === key && status !== 'error') return
      set((state) => ({ whatIf: { ...state.whatIf, key, status: 'loading' } }))
      evaluator.whatIf({ revision, version, index, change }).then(
        (answer) => {
          if (disposed || get().whatIf.key !== key) return
          set((state) => ({ whatIf: { ...state.whatIf, status: 'done', answer, failed: undefined } }))
        },
        () => {
          // The worker no longer holds that evaluation (a newer one, or a restart): useWhatIf asks again, a bounded number of times.
          if (disposed || get().whatIf.key !== key) return
          set((state) => ({ whatIf: { ...state.whatIf, status: 'error', failed: failedAgain(state.whatIf.failed, key) } }))
        },
      )
    },
    applyWhatIf() {
      const { answer } = get().whatIf
      // The edits are offsets into the text they were computed for; any other text would be garbled.
      if (whatIfApplyBlocker(get()) !== null || !answer || 'reason' in answer) return
      const text = applyEdits(get().document.text, answer.edits)
      // The same channel as an applied fix, so the plain-text editor too makes it an edit Ctrl+Z takes back.
      set((state) => ({ whatIf: OFF, fixes: { ...state.fixes, appliedText: text } }))
      get().setText(text)
    },
  }
}
