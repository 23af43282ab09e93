import { LEVEL_NAMES } from '@secctx/engine'
import type { TargetLevel } from '../store/types'
import { LevelIcon } from './LevelIcon'

/** The levels as the Pod Security Standards title them (the engine's names, so sentences it writes match the UI). */
export const LEVEL_LABELS: Readonly<Record<TargetLevel, string>> = LEVEL_NAMES

/** A level name with its shape and colour; the shape keeps it readable without colour. */
export function LevelBadge({ level, size = 'small' }: { level: TargetLevel; size?: 'small' | 'large' }) {
  return (
    <span className={`level-badge level-badge--${size}`} data-level={level}>
      <LevelIcon level={level} />
      {LEVEL_LABELS[level]}
    </span>
  )
}
