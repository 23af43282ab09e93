/** The shape of a gallery example: a short lesson, its manifest, and claims the engine must agree with. */
import type { CheckedLevel, Level, ValueSource } from '@secctx/engine'

/**
 * One machine-checkable statement a lesson makes. Every field set must hold for the object at
 * `object` (default 0) when evaluated at `version` (default: the example's version, else `latest`).
 */
export interface Claim {
  version?: string
  object?: number
  /** The strictest level the object meets. */
  highestLevel?: Level
  /** Exactly these check ids fail at `level`, in any order; `[]` means the level is met. */
  violations?: readonly string[]
  /** The level `violations` is about; defaults to `restricted`. */
  level?: CheckedLevel
  /** A container's effective value and where it came from. */
  effective?: { container: string; field: string; value: unknown; source: ValueSource }
  /** A Windows advice id the report must carry. */
  guidance?: string
  /** A problem code (API error or warning) the report must carry. */
  problem?: string
  /** Whether the object counts as a Windows pod. */
  targetsWindows?: boolean
}

/** A gallery entry. `lesson` is one paragraph in plain words; `claims` pin what it says. */
export interface Example {
  /** Stable, kebab-case; playlists and tests refer to it. */
  id: string
  title: string
  lesson: string
  manifest: string
  /** Settings the example opens with, when the lesson is about them. */
  settings?: { version?: string; level?: Level }
  claims: readonly Claim[]
}
