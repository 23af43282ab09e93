/** Internal shapes passed between the engine's stages; paths here are relative to the pod template root. */
import type { CheckedLevel, FieldPath, ValueSource } from './types'

/** A pod's metadata and spec, as Pod Security Admission reads them (for a Pod: the object itself; for a workload: its pod template). Paths start with `metadata` or `spec`. */
export interface PodTemplate {
  metadata: Record<string, unknown>
  spec: Record<string, unknown>
}

/** A failing check before its paths are turned into source locations. */
export interface CheckFailure {
  check: string
  level: CheckedLevel
  reason: string
  detail: string
  /** The fields to blame, relative to the template root; a missing field may be named, the locator falls back to its nearest existing ancestor. */
  paths: FieldPath[]
}

/** An API-level problem before its path is turned into a source location. */
export interface Finding {
  severity: 'error' | 'warning'
  code: string
  message: string
  /** Relative to the template root. */
  path: FieldPath
}

/** One effective field before its path is turned into a source location. */
export interface EffectiveValue {
  value: unknown
  source: ValueSource
  overrides?: unknown
  note?: string
  /** Where the effective value is written, relative to the template root. */
  path?: FieldPath
}

/** One container's effective context before locations are resolved. */
export interface ContainerContext {
  name: string
  type: 'initContainer' | 'container' | 'ephemeralContainer'
  /** Relative to the template root, e.g. `['spec', 'initContainers', 0]`. */
  path: FieldPath
  effective: Record<string, EffectiveValue>
}

/** One pod-only field before its path is turned into a source location. */
export interface PodValue {
  value: unknown
  note?: string
  path?: FieldPath
}
