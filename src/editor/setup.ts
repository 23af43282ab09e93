/**
 * Monaco bootstrap, evaluated once when the lazily loaded editor chunk arrives: web workers,
 * editor features, the YAML language and monaco-yaml with the bundled Kubernetes schema. Nothing
 * is fetched at run time: no CDN, no schema download, no blob: workers (the app's CSP forbids them).
 */
import * as monaco from 'monaco-editor/editor'
import './monacoFeatures'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml, type JSONSchema, type MonacoYaml } from 'monaco-yaml'
import EditorWorker from '../workers/editor.worker?worker'
import YamlWorker from '../workers/yaml.worker?worker'
import k8sSchema from './k8sSchema.json'
import { withLegacyCreateWebWorker } from './legacyCreateWebWorker'
import { createWorkerForLabel } from './workerForLabel'

/** The one model the editor edits; the schema below is bound to this name. */
export const MODEL_URI = monaco.Uri.parse('file:///manifest.yaml')

/**
 * Monaco's own themes, except that vs-dark's comment green (#608B4E, 4.2:1 on #1E1E1E) fails
 * WCAG AA contrast; VS Code's Dark+ green (#6A9955, 5.0:1) replaces it.
 */
monaco.editor.defineTheme('secctx-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6A9955' }],
  colors: {},
})
export const MONACO_THEME = { light: 'vs', dark: 'secctx-dark' } as const

const getWorker = (label: string) =>
  createWorkerForLabel(label, {
    editorWorkerService: () => new EditorWorker({ name: 'editorWorkerService' }),
    yaml: () => new YamlWorker({ name: 'yaml' }),
  })

self.MonacoEnvironment = { getWorker: (_workerId, label) => getWorker(label) }

// monaco-yaml allows one configured instance per page; this module runs once, and hot reloads
// dispose the old instance before the new module configures another.
// (monaco-types cannot resolve Monaco 0.57's types, so MonacoYaml loses its `dispose`; hence the cast.)
const monacoYaml = configureMonacoYaml(withLegacyCreateWebWorker(monaco, getWorker), {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  // The schema's in-memory URI means nothing to users; the description is what they need.
  hoverSchemaSource: false,
  // prettier is stubbed out of the worker (vite.config.ts), so formatting must stay off.
  format: { enable: false },
  schemas: [
    {
      uri: 'inmemory://schemas/kubernetes.json',
      // A bare file name is matched as `**/manifest.yaml` against the model URI (verified).
      fileMatch: ['manifest.yaml'],
      schema: k8sSchema as JSONSchema,
    },
  ],
}) as MonacoYaml & { dispose(): void }
import.meta.hot?.dispose(() => monacoYaml.dispose())

export { monaco }
