import { useState } from 'react'
import { useStore } from 'zustand'
import { useAppStoreApi } from '../store/useAppStore'
import { useWorkshopApi } from '../store/workshopContext'
import type { HistoryEntry } from './draftHistory'
import { draftHistoryOf, replaceWork } from './replaceWork'
import './drafts.css'

const TITLE_CHARS = 60

/** A recognisable name for a stored text: its first object's kind and name, else its first line. */
function describeText(text: string): string {
  // Only the head is read: a 1 MiB text must not be scanned to label a list item.
  const head = text.slice(0, 4000)
  const kind = /^kind:[ \t]*([^\s#]+)/m.exec(head)?.[1]
  const name = /^[ \t]+name:[ \t]*([^\s#]+)/m.exec(head)?.[1]
  const firstLine = head.split('\n').find((line) => line.trim() !== '' && line.trim() !== '---') ?? ''
  const title = kind ? `${kind}${name ? ` ${name}` : ''}` : firstLine.trim()
  return title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title
}

function describeEntry(entry: HistoryEntry): string {
  const lines = entry.snapshot.text.split('\n', 10_000).length
  const when = new Date(entry.savedAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })
  return `${entry.reason} · ${when} · ${lines >= 10_000 ? '10,000+' : lines} lines`
}

/** The "History" menu in the header: texts the app replaced, newest first, each one click from coming back. */
export function DraftHistoryMenu() {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()
  const entries = useStore(draftHistoryOf(store), (state) => state.entries)
  const [open, setOpen] = useState(false)
  return (
    <details className="history-menu" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button--small">History</summary>
      {open && (
        <div className="history-menu__panel">
          {entries.length === 0 ? (
            <p className="history-menu__empty">When an example, a workshop step, an answer or a link replaces your text, the text is kept here.</p>
          ) : (
            <ul className="history-menu__list" aria-label="Earlier texts">
              {entries.map((entry) => {
                const title = describeText(entry.snapshot.text)
                return (
                  <li key={`${entry.savedAt}:${title}`} className="history-menu__item">
                    <p className="history-menu__title">{title}</p>
                    <p className="history-menu__meta">{describeEntry(entry)}</p>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Restore ${title}`}
                      onClick={() => {
                        replaceWork(store, workshop, entry.snapshot, { reason: 'Restored an earlier text' })
                        setOpen(false)
                      }}
                    >
                      Restore
                    </button>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      )}
    </details>
  )
}
