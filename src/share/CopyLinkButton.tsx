import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { currentSnapshot } from '../drafts/stateSync'
import { useAppStoreApi } from '../store/useAppStore'
import { useWorkshopApi } from '../store/workshopContext'
import { encodePermalink } from '@secctx/link'
import './share.css'

type Copied = { status: 'idle' } | { status: 'copied' | 'manual'; link: string } | { status: 'too-large' }

const STATUS_TEXT: Record<Copied['status'], string> = {
  idle: '',
  copied: 'Link copied.',
  manual: 'Copying is blocked here: copy the link from the box.',
  'too-large': 'This manifest is over 1 MiB and cannot be shared as a link.',
}

/** Copies a link to the current state; the link also stays visible, for browsers that block the clipboard. */
export function CopyLinkButton() {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()
  const [copied, setCopied] = useState<Copied>({ status: 'idle' })

  // The shown link describes the state at the click; once the state moves on, it would mislead.
  useEffect(() => {
    if (copied.status === 'idle') return
    const unsubscribe = [store.subscribe(() => setCopied({ status: 'idle' })), workshop.subscribe(() => setCopied({ status: 'idle' }))]
    return () => unsubscribe.forEach((stop) => stop())
  }, [copied.status, store, workshop])

  // The box is over the page: Escape or a click elsewhere puts it away.
  const shareRef = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (copied.status === 'idle') return
    const close = () => setCopied({ status: 'idle' })
    const onPointer = (event: PointerEvent) => {
      if (!shareRef.current?.contains(event.target as Node)) close()
    }
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close()
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [copied.status])

  // Opens under the button, moved left as far as it takes to stay inside the window (on a phone the
  // button may sit near the right edge).
  const popoverRef = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const popover = popoverRef.current
    if (!popover) return
    popover.style.left = '0px'
    const overhang = popover.getBoundingClientRect().right - (document.documentElement.clientWidth - 8)
    if (overhang > 0) popover.style.left = `${-overhang}px`
  }, [copied.status])

  const copy = async () => {
    let fragment: string
    try {
      fragment = await encodePermalink(currentSnapshot(store, workshop))
    } catch {
      return setCopied({ status: 'too-large' })
    }
    const url = new URL(window.location.href)
    url.hash = fragment
    try {
      await navigator.clipboard.writeText(url.href)
      setCopied({ status: 'copied', link: url.href })
    } catch {
      // The Clipboard API is missing outside secure contexts and may be denied; the box still works.
      setCopied({ status: 'manual', link: url.href })
    }
  }

  const label = copied.status === 'copied' ? 'Copied' : 'Copy link'
  const other = copied.status === 'copied' ? 'Copy link' : 'Copied'
  const quiet = copied.status === 'idle' || copied.status === 'copied'
  return (
    <span className="share" ref={shareRef}>
      <button type="button" className="button button--small share__button" onClick={() => void copy()}>
        <span>{label}</span>
        <span aria-hidden="true">{other}</span>
      </button>
      {/* Opens over the page under the button: a box appearing in the header would push its controls aside. */}
      {('link' in copied || !quiet) && (
        <span className="share__popover" ref={popoverRef}>
          {'link' in copied && (
            <input
              className="share__link"
              readOnly
              value={copied.link}
              aria-label="Link to this state"
              data-testid="share-link"
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
          {!quiet && <span className="share__status">{STATUS_TEXT[copied.status]}</span>}
        </span>
      )}
      <span className="visually-hidden" role="status">
        {STATUS_TEXT[copied.status]}
      </span>
    </span>
  )
}
