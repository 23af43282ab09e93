import { useMemo } from 'react'
import { diffLines } from '@secctx/engine'
import { withContext } from './diffContext'

const MARK = { same: ' ', added: '+', removed: '-' } as const

/**
 * "Show an answer": what the model answer would change in the current text, as a line diff, before
 * anything is replaced. Applying is the user's choice, so a half-finished attempt is never lost
 * by surprise.
 */
export function AnswerPreview({ current, answer, onApply, onClose }: { current: string; answer: string; onApply: () => void; onClose: () => void }) {
  const lines = useMemo(() => withContext(diffLines(current, answer)), [current, answer])
  const changed = lines.some((line) => line.kind === 'added' || line.kind === 'removed')
  return (
    <section className="answer-preview" aria-label="The answer, as changes to your manifest" data-testid="answer-preview">
      {changed ? (
        <pre className="answer-preview__diff">
          {lines.map((line, index) =>
            line.kind === 'gap' ? (
              <span key={index} className="answer-preview__gap">
                {`  … ${line.count} unchanged ${line.count === 1 ? 'line' : 'lines'}\n`}
              </span>
            ) : (
              <span key={index} className={`answer-preview__line answer-preview__line--${line.kind}`} data-kind={line.kind}>
                {/* The sign says it without colour; screen readers get words. */}
                <span aria-hidden="true">{MARK[line.kind]} </span>
                {line.kind !== 'same' && <span className="visually-hidden">{line.kind === 'added' ? 'Added: ' : 'Removed: '}</span>}
                {`${line.text}\n`}
              </span>
            ),
          )}
        </pre>
      ) : (
        <p>Your manifest already is the answer.</p>
      )}
      <div className="answer-preview__actions">
        {changed && (
          <button type="button" className="button button--small workshop-bar__next" onClick={onApply}>
            Apply the answer
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {changed ? 'Keep my text' : 'Close'}
        </button>
      </div>
    </section>
  )
}
