import { selectPresenter } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'
import './presenter.css'

/** Switches the projector layout: large type, high contrast, results beside the editor. Kept in links. */
export function PresenterToggle() {
  const presenter = useAppStore(selectPresenter)
  const setPresenter = useAppStore((state) => state.setPresenter)
  return (
    <button type="button" className="switch" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}>
      <span className="switch__track" aria-hidden="true" />
      Presenter view
    </button>
  )
}
