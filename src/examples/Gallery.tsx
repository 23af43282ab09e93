import { lazy, Suspense, useRef, useState } from 'react'
import './gallery.css'

// The lessons load only when the gallery is first opened, so they cost nothing at start-up.
const GalleryList = lazy(() => import('./GalleryList').then((module) => ({ default: module.GalleryList })))

/** The "Examples" button and the dialog listing every lesson. */
export function Gallery() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const close = () => dialog.current?.close()
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        Examples
      </button>
      <dialog ref={dialog} className="gallery" aria-labelledby="gallery-title" onClose={() => setOpen(false)}>
        <div className="gallery__header">
          <h2 id="gallery-title">Examples</h2>
          <button type="button" className="button button--small button--quiet" onClick={close}>
            Close
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="gallery__loading">Loading the examples…</p>}>
            <GalleryList onOpened={close} />
          </Suspense>
        )}
      </dialog>
    </>
  )
}
