/**
 * A large text (over 1 MiB) in the plain-text mode: read-only, and only the lines in view are in the
 * page, so scrolling a 5 MB text costs what scrolling 50 lines does. A native textarea lays out and
 * re-walks all of it on every change nearby (hundreds of ms per frame). "Edit anyway" brings the
 * textarea back, on request.
 */
import { useMemo, useRef, useState, type UIEvent } from 'react'
import './LargeTextView.css'

/** Lines drawn above and below the visible ones, so a fast scroll shows no blank band. */
const OVERSCAN = 20

/** Offsets where each line starts; one pass, no copies of the text. */
function lineStarts(text: string): Uint32Array {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1
  const starts = new Uint32Array(count)
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1
  return starts
}

/** The large text's read-only view; `fontSize` as the editors take it. */
export function LargeTextView({ text, fontSize, ariaLabel, onEdit }: { text: string; fontSize: number; ariaLabel: string; onEdit: () => void }) {
  const starts = useMemo(() => lineStarts(text), [text])
  const lineHeight = Math.round(fontSize * 1.5)
  const [top, setTop] = useState(0)
  const [height, setHeight] = useState(600)
  const frame = useRef(0)

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget
    cancelAnimationFrame(frame.current)
    // One render per frame, however many scroll events arrive in it.
    frame.current = requestAnimationFrame(() => {
      setTop(box.scrollTop)
      setHeight(box.clientHeight)
    })
  }

  const first = Math.max(0, Math.floor(top / lineHeight) - OVERSCAN)
  const last = Math.min(starts.length, Math.ceil((top + height) / lineHeight) + OVERSCAN)
  const end = last < starts.length ? starts[last]! - 1 : text.length
  const shown = text.slice(starts[first]!, end)
  const size = (text.length / 1024 / 1024).toFixed(1)

  return (
    <div className="large-text">
      <p className="large-text__bar" data-testid="large-text-bar">
        <span>
          {size} MiB, {starts.length.toLocaleString('en-US')} lines: shown read-only, so the page stays responsive.
        </span>
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit anyway
        </button>
      </p>
      <div
        className="large-text__scroller"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={ariaLabel}
        tabIndex={0}
        onScroll={onScroll}
        style={{ fontSize, lineHeight: `${lineHeight}px` }}
        data-testid="large-text"
      >
        <div style={{ height: starts.length * lineHeight, position: 'relative' }}>
          <pre className="large-text__lines" style={{ top: first * lineHeight }}>
            {shown}
          </pre>
        </div>
      </div>
    </div>
  )
}
