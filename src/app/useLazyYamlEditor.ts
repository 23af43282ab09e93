import { lazy, useCallback, useState, type ComponentType } from 'react'
import type { YamlEditorProps } from '../editor/types'
import { TextareaEditor } from '../editor/TextareaEditor'

type EditorComponent = ComponentType<YamlEditorProps>

/**
 * The Monaco editor as a lazy component. If its chunk fails to load, the lazy component resolves to
 * the textarea editor instead (so Suspense never shows an error) and `onFail` is told; `retry`
 * makes a fresh lazy component that tries the import again.
 */
export function useLazyYamlEditor(onFail: (error: unknown) => void): { Editor: EditorComponent; retry: () => void } {
  const load = useCallback(
    () =>
      lazy<EditorComponent>(() =>
        import('../editor/YamlEditor').catch((error: unknown) => {
          onFail(error)
          return { default: TextareaEditor }
        }),
      ),
    [onFail],
  )
  const [Editor, setEditor] = useState<EditorComponent>(load)
  const retry = useCallback(() => setEditor(() => load()), [load])
  return { Editor, retry }
}
