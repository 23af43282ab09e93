import { CHECKED_LEVELS } from '@secctx/engine'
import type { QuickFix } from '../editor/types'
import type { LevelFixes } from '../workers/protocol/requests'

/** The selected object's fixes at both levels as editor quick fixes. */
export function toQuickFixes(fixes: LevelFixes | null): QuickFix[] {
  if (!fixes) return []
  return CHECKED_LEVELS.flatMap((level) => {
    const object = fixes[level]
    if (!object) return []
    const who = `${object.kind}${object.name ? ` "${object.name}"` : ''}`
    return object.fixes.map((fix) => ({
      object: who,
      check: fix.check,
      level,
      title: `Fix ${fix.check} (${fix.label === 'safe' ? 'safe' : 'changes behaviour'}): ${fix.description}`,
      edits: fix.edits,
    }))
  })
}
