/** The Pod Security levels: the one list the engine, the app, the CLI and the link codec use. */
import type { CheckedLevel, Level } from '../types'

/** Every level, from least to most strict: comparisons and the link codec's level codes rely on this order. */
export const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted']

/** The levels that run checks, least strict first (privileged allows everything). */
export const CHECKED_LEVELS: readonly CheckedLevel[] = ['baseline', 'restricted']

/** The levels as the Pod Security Standards title them, for sentences. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = { privileged: 'Privileged', baseline: 'Baseline', restricted: 'Restricted' }

/** Whether `value` is one of the three level names. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value)
}

/** Whether level `a` is stricter than level `b`. */
export function stricter(a: Level, b: Level): boolean {
  return LEVELS.indexOf(a) > LEVELS.indexOf(b)
}
