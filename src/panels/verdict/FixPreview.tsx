import type { ReactNode } from 'react'
import type { FixLabel, TextEdit } from '@secctx/engine'
import { useAppStore } from '../../store/useAppStore'
import './Fix.css'

const LABELS: Record<FixLabel, string> = { safe: 'safe', 'changes-behaviour': 'changes behaviour' }

/** safe / changes behaviour, in words and colour. */
export function FixLabelBadge({ label }: { label: FixLabel }) {
  return (
    <span className={`fix-label fix-label--${label}`} data-testid="fix-label">
      {LABELS[label]}
    </span>
  )
}

interface PreviewProps {
  /** Unified diff of the patch. */
  diff: string
  edits: readonly TextEdit[]
  /** Called after the patch was handed to the editor. */
  onApplied: () => void
  children?: ReactNode
}

/** A patch as a small diff, with what it does above it and the button that applies it. */
export function FixPreview({ diff, edits, onApplied, children }: PreviewProps) {
  const applyFix = useAppStore((state) => state.applyFix)
  // The ---/+++ header names no files here; the hunks are the preview.
  const lines = diff.split('\n').filter((line, index) => line !== '' && !(index < 2 && /^(---|\+\+\+) /.test(line)))
  return (
    <div className="fix-preview" data-testid="fix-preview">
      {children}
      <pre className="fix-diff" aria-label="Changes">
        {lines.map((line, index) => (
          <span
            key={index}
            className={`fix-diff__line fix-diff__line--${line[0] === '+' ? 'add' : line[0] === '-' ? 'remove' : line[0] === '@' ? 'hunk' : 'same'}`}
          >
            {line}
            {'\n'}
          </span>
        ))}
      </pre>
      <button
        type="button"
        className="button button--small"
        data-testid="apply-fix"
        onClick={() => {
          applyFix(edits)
          onApplied()
        }}
      >
        Apply
      </button>
    </div>
  )
}
