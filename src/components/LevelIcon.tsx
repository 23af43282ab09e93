import type { TargetLevel } from '../store/types'

/** Shield drawings per level: full shield with a check, half-filled shield, open warning shield. */
export function LevelIcon({ level }: { level: TargetLevel }) {
  return (
    <svg className="level-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.2 2.5 3.3v4.2c0 3.3 2.3 6 5.5 7.3 3.2-1.3 5.5-4 5.5-7.3V3.3Z"
        fill={level === 'restricted' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
      {level === 'restricted' && <path d="m5.4 8 1.9 1.9 3.4-3.6" fill="none" stroke="var(--surface)" strokeWidth="1.6" />}
      {level === 'baseline' && <path d="M8 1.9v12.2C5.2 12.9 3.2 10.5 3.2 7.5V3.8Z" fill="currentColor" />}
      {level === 'privileged' && <path d="M8 4.6v4.6M8 10.8v1.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />}
    </svg>
  )
}
