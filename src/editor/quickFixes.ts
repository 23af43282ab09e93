/**
 * Monaco quick fixes (Ctrl+. and the light bulb) on the Pod Security markers: the same fixes as the
 * verdict's Fix buttons, for the selected object. Applying one is a normal, undoable editor edit.
 */
import { monaco } from './setup'
import type { QuickFix } from './types'

/** A Pod Security marker's source, as the store writes it: `PodSecurity <level>:<version>`. */
const SOURCE = /^PodSecurity (baseline|restricted):/

/** Offers `fixes()` on the markers of `model` that name their object and check; returns what removes it. */
export function installQuickFixes(model: monaco.editor.ITextModel, fixes: () => readonly QuickFix[]): monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(target, _range, context) {
      if (target !== model) return { actions: [], dispose() {} }
      const actions: monaco.languages.CodeAction[] = []
      for (const marker of context.markers) {
        const level = SOURCE.exec(marker.source ?? '')?.[1]
        for (const fix of fixes()) {
          // Markers read `Kind "name" [check]: reason`: only the object the fixes were made for.
          if (fix.level !== level || !marker.message.startsWith(`${fix.object} [${fix.check}]`)) continue
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: {
              edits: fix.edits.map((edit) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)), text: edit.text },
              })),
            },
          })
        }
      }
      return { actions, dispose() {} }
    },
  })
}
