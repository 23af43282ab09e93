import { describe, expect, it } from 'vitest'
import { describeYamlSource, fromMarkerData, MARKER_SEVERITY, toMarkerData } from './markers'
import type { EditorMarker } from './types'

const lines = (...lengths: number[]) => ({
  lineCount: lengths.length,
  maxColumn: (line: number) => lengths[line - 1]! + 1,
})

const marker = (overrides: Partial<EditorMarker>): EditorMarker => ({
  severity: 'error',
  message: 'privileged containers are not allowed',
  source: 'PodSecurity restricted:latest',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 8,
  ...overrides,
})

describe('toMarkerData', () => {
  it('keeps positions, message and source, and maps severities to Monaco values', () => {
    const [error, warning, info] = toMarkerData([marker({}), marker({ severity: 'warning' }), marker({ severity: 'info' })], lines(10, 20))
    expect(error).toEqual({
      severity: MARKER_SEVERITY.error,
      message: 'privileged containers are not allowed',
      source: 'PodSecurity restricted:latest',
      startLineNumber: 2,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 8,
    })
    expect(warning!.severity).toBe(4)
    expect(info!.severity).toBe(2)
  })

  it('clamps markers computed for longer text into the current text', () => {
    const [data] = toMarkerData([marker({ line: 9, column: 40, endLine: 12, endColumn: 50 })], lines(4, 6))
    expect(data).toMatchObject({ startLineNumber: 2, startColumn: 7, endLineNumber: 2, endColumn: 7 })
  })

  it('never lets the end come before the start', () => {
    const [data] = toMarkerData([marker({ line: 2, column: 5, endLine: 1, endColumn: 1 })], lines(10, 10))
    expect(data).toMatchObject({ startLineNumber: 2, startColumn: 5, endLineNumber: 2, endColumn: 5 })
  })
})

describe('fromMarkerData', () => {
  it('maps Monaco severities back, hints counting as info', () => {
    const base = { message: 'm', startLineNumber: 1, startColumn: 2, endLineNumber: 3, endColumn: 4 }
    expect(fromMarkerData({ ...base, severity: 8 }, 'YAML')).toEqual({
      severity: 'error',
      message: 'm',
      source: 'YAML',
      line: 1,
      column: 2,
      endLine: 3,
      endColumn: 4,
    })
    expect(fromMarkerData({ ...base, severity: 4 }, 'YAML').severity).toBe('warning')
    expect(fromMarkerData({ ...base, severity: 1 }, 'YAML').severity).toBe('info')
  })

  it('names schema problems for people, not by the in-memory schema URI', () => {
    expect(describeYamlSource('yaml-schema: inmemory://schemas/kubernetes.json')).toBe('Kubernetes schema')
    expect(describeYamlSource('YAML')).toBe('YAML')
    expect(describeYamlSource(undefined)).toBe('YAML')
  })
})
