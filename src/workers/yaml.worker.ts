// monaco-yaml's language service (validation, completion, hover), bundled by Vite as a module worker.
import 'monaco-yaml/yaml.worker.js'
