// monokle's Pod Security Standards plugin as a process of its own, as a CI job would run it: reads a
// YAML stream, parses it with monokle's own `yaml`, validates with every PSS rule on, and prints the
// number of findings. Plain JavaScript, so no TypeScript loader adds to its start-up.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { DefaultPluginLoader, DisabledFixer, MonokleValidator, ResourceParser, SchemaLoader } from '@monokle/validation'

const yaml = createRequire(createRequire(import.meta.url).resolve('@monokle/validation'))('yaml')
const file = process.argv[2]
const text = readFileSync(file, 'utf8')
const validator = new MonokleValidator({
  loader: new DefaultPluginLoader(),
  parser: new ResourceParser(),
  schemaLoader: new SchemaLoader(),
  suppressors: [],
  fixer: new DisabledFixer(),
})
await validator.preload({ plugins: { 'pod-security-standards': true } })
const rules = Object.fromEntries(validator.rules['pod-security-standards'].map((rule) => [`pod-security-standards/${rule.name}`, 'err']))
await validator.preload({ plugins: { 'pod-security-standards': true }, rules })
const resources = yaml.parseAllDocuments(text).map((document, index) => {
  const content = document.toJS() ?? {}
  return {
    id: `r${index}`,
    fileId: file,
    filePath: file,
    fileOffset: 0,
    text,
    content,
    name: content.metadata?.name ?? '',
    apiVersion: content.apiVersion,
    kind: content.kind,
    namespace: content.metadata?.namespace,
  }
})
const response = await validator.validate({ resources })
process.stdout.write(`${response.runs.reduce((sum, run) => sum + run.results.length, 0)} findings\n`)
