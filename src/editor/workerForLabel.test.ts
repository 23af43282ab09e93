import { describe, expect, it } from 'vitest'
import { createWorkerForLabel } from './workerForLabel'

const fake = (name: string) => () => ({ name }) as unknown as Worker

describe('createWorkerForLabel', () => {
  const factories = { editorWorkerService: fake('editor'), yaml: fake('yaml') }

  it('creates the bundled worker for each known label', () => {
    expect(createWorkerForLabel('yaml', factories)).toEqual({ name: 'yaml' })
    expect(createWorkerForLabel('editorWorkerService', factories)).toEqual({ name: 'editor' })
  })

  it('throws, naming the label, for any other label', () => {
    expect(() => createWorkerForLabel('typescript', factories)).toThrow(/"typescript"/)
  })
})
