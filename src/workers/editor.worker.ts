// Monaco's own worker (word ranges, diffs, link detection), bundled by Vite as a module worker.
import 'monaco-editor/editor/editor.worker'
