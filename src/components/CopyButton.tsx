import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

const ANNOUNCEMENTS: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied to the clipboard.',
  failed: 'Copying failed: select the text and copy it by hand.',
}

/** Copies a text and says so, visibly and to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  const copy = () => {
    // The Clipboard API is missing outside secure contexts; report that instead of throwing.
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined
    if (!clipboard) return setState('failed')
    clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={copy}>
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span className="visually-hidden" role="status">
        {ANNOUNCEMENTS[state]}
      </span>
    </>
  )
}
