import { useEffect, useState } from 'react'
import { currentSnapshot } from '../drafts/stateSync'
import { useAppStoreApi } from '../store/useAppStore'
import { useWorkshopApi } from '../workshop/workshopContext'
import { encodePermalink } from './codec'
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

  return (
    <span className="share">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {copied.status === 'copied' ? 'Copied' : 'Copy link'}
      </button>
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
      <span className={copied.status === 'idle' || copied.status === 'copied' ? 'visually-hidden' : 'share__status'} role="status">
        {STATUS_TEXT[copied.status]}
      </span>
    </span>
  )
}
