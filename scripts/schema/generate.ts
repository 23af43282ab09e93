/** Writes src/editor/k8sSchema.json. Run: `npx tsx scripts/schema/generate.ts`. */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildKubernetesSchema } from './buildSchema'
import { serializeSchema } from './jsonSchema'

export const SCHEMA_PATH = fileURLToPath(new URL('../../src/editor/k8sSchema.json', import.meta.url))

export function generateSchemaText(): string {
  return serializeSchema(buildKubernetesSchema())
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateSchemaText()
  writeFileSync(SCHEMA_PATH, text)
  console.log(`Wrote ${SCHEMA_PATH} (${(text.length / 1024).toFixed(0)} KiB)`)
}
