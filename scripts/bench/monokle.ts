/** Rows for @monokle/validation's Pod Security Standards plugin with all 17 rules enabled (toolchain.md §7). */
import { createRequire } from 'node:module'
import { DefaultPluginLoader, DisabledFixer, MonokleValidator, ResourceParser, SchemaLoader, type Resource } from '@monokle/validation'
import type { Manifest } from './corpus'
import type { Suite } from './suite'

/** The part of the `yaml` package (monokle's own parser, nested under its node_modules) used here. */
interface YamlModule {
  parseAllDocuments(text: string): { toJS(): unknown }[]
}

// Monokle parses with `yaml`; using its copy times the parser it ships with, without adding a dependency.
const fromProject = createRequire(import.meta.url)
const yaml = createRequire(fromProject.resolve('@monokle/validation'))('yaml') as YamlModule

const UNCOVERED = new Set(['ReplicaSet', 'ReplicationController', 'PodTemplate'])

async function createValidator(parser: ResourceParser): Promise<{ validator: MonokleValidator; ruleCount: number }> {
  const validator = new MonokleValidator({
    loader: new DefaultPluginLoader(),
    parser,
    schemaLoader: new SchemaLoader(),
    suppressors: [],
    fixer: new DisabledFixer(),
  })
  await validator.preload({ plugins: { 'pod-security-standards': true } })
  // Restricted rules (PSS2xx) are off by default: turn every rule on.
  const rules = Object.fromEntries(validator.rules['pod-security-standards'].map((rule) => [`pod-security-standards/${rule.name}`, 'err' as const]))
  await validator.preload({ plugins: { 'pod-security-standards': true }, rules })
  return { validator, ruleCount: Object.keys(rules).length }
}

function toResources(manifest: Manifest): Resource[] {
  return yaml.parseAllDocuments(manifest.text).map((document, index) => {
    const content = document.toJS() as { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string } }
    const id = `${manifest.id}-${index}`
    return {
      id,
      fileId: manifest.id,
      filePath: `${manifest.id}.${manifest.format}`,
      fileOffset: 0,
      text: manifest.text,
      content,
      name: content.metadata?.name ?? '',
      apiVersion: content.apiVersion,
      kind: content.kind,
      namespace: content.metadata?.namespace,
    }
  })
}

/**
 * Fairness, checked against monokle 0.33's source: the validator is built and its plugin and rules
 * loaded once, untimed, as a long-running tool would; only `validate` (or parse + `validate`) is
 * timed. Its ResourceParser caches the YAML document it re-parses to place findings, keyed by
 * resource id, so the cache is cleared (untimed) before every run: each run does what validating
 * new text does, as our engine does for every call. Only the PSS plugin runs (no schema or other
 * plugins), fixes are off (DisabledFixer), and the whole corpus goes in one `validate` call, which
 * favours monokle if anything.
 */
export const monokleSuite: Suite = {
  name: 'monokle',
  async tasks(corpus) {
    const parser = new ResourceParser()
    const { validator, ruleCount } = await createValidator(parser)
    const resources = corpus.flatMap(toResources)
    const prepare = () => parser.clear()
    let findings = 0
    const uncovered = corpus.filter((manifest) => UNCOVERED.has(manifest.kind)).length
    return [
      {
        name: 'monokle: validate only',
        manifests: corpus.length,
        prepare,
        work: async () => {
          const response = await validator.validate({ resources })
          findings = response.runs.reduce((sum, run) => sum + run.results.length, 0)
        },
        note: () => `${ruleCount} rules, one validate call; ${findings} findings; never checks ReplicaSet/RC/PodTemplate (${uncovered} here)`,
      },
      {
        name: 'monokle: YAML parse + validate',
        manifests: corpus.length,
        prepare,
        work: () => validator.validate({ resources: corpus.flatMap(toResources) }),
        note: () => 'its bundled `yaml` parseAllDocuments, then validate',
      },
    ]
  },
}
