import type { TargetLevel } from '../store/types'
import { LevelIcon } from './LevelIcon'

export const LEVEL_LABELS: Record<TargetLevel, string> = {
  privileged: 'Privileged',
  baseline: 'Baseline',
  restricted: 'Restricted',
}

/** A level name with its shape and colour; the shape keeps it readable without colour. */
export function LevelBadge({ level, size = 'small' }: { level: TargetLevel; size?: 'small' | 'large' }) {
  return (
    <span className={`level-badge level-badge--${size}`} data-level={level}>
      <LevelIcon level={level} />
      {LEVEL_LABELS[level]}
    </span>
  )
}
