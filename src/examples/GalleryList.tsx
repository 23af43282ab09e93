import { replaceWork } from '../drafts/replaceWork'
import { currentSnapshot } from '../drafts/stateSync'
import { useAppStoreApi } from '../store/useAppStore'
import { useWorkshopApi } from '../store/workshopContext'
import { EXAMPLES } from './catalog'
import type { Example } from './types'

/** Every example with its lesson; opening one keeps the previous text one click away. */
export function GalleryList({ onOpened }: { onOpened: () => void }) {
  const store = useAppStoreApi()
  const workshop = useWorkshopApi()

  const openExample = (example: Example) => {
    replaceWork(
      store,
      workshop,
      {
        ...currentSnapshot(store, workshop),
        text: example.manifest,
        version: example.settings?.version ?? 'latest',
        level: example.settings?.level ?? 'restricted',
        objectIndex: 0,
        windowsOpen: false,
        workshop: null,
      },
      { reason: `Opened the example "${example.title}"` },
    )
    workshop.getState().setLesson(example.id)
    onOpened()
  }

  return (
    <ul className="gallery__list">
      {EXAMPLES.map((example) => (
        <li key={example.id} className="gallery__item">
          <h3 className="gallery__title">{example.title}</h3>
          <p className="gallery__lesson">{example.lesson}</p>
          <button type="button" className="button button--small" aria-label={`Open example: ${example.title}`} onClick={() => openExample(example)}>
            Open
          </button>
        </li>
      ))}
    </ul>
  )
}
