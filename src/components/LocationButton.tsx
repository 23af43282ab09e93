import type { ReactNode } from 'react'

interface LocationButtonProps {
  line: number
  column: number
  onReveal: (line: number, column: number) => void
  children: ReactNode
  /** Accessible name when the visible text is not enough on its own. */
  label?: string
}

/** A place in the manifest; activating it moves the editor cursor there. */
export function LocationButton({ line, column, onReveal, children, label }: LocationButtonProps) {
  return (
    <button type="button" className="location-button" aria-label={label} onClick={() => onReveal(line, column)}>
      <span className="location-button__text">{children}</span>
      <span className="location-button__line">
        Ln {line}, Col {column}
      </span>
    </button>
  )
}
