import { CopyButton } from '../../components/CopyButton'
import { useAppStore } from '../../store/useAppStore'
import { selectShownAllowed, selectShownLevel, selectShownMessage, selectShownObject } from '../../store/whatIfSelectors'

/** What kubectl prints when the object meets a namespace at the target level, exactly as the engine reports it. */
export function KubectlMessage() {
  const message = useAppStore(selectShownMessage)
  const level = useAppStore(selectShownLevel)
  // The summary knows it fails; the message itself comes with the object's detail.
  const loading = useAppStore((state) => selectShownObject(state) === null && selectShownAllowed(state) === false)
  // No pod-bearing object: kubectl has nothing to say about Pod Security, and saying "no message" would suggest it passed.
  const hasObject = useAppStore((state) => selectShownAllowed(state) !== null)
  if (!hasObject) return null
  return (
    <section className="snippet" aria-labelledby="kubectl-message-heading">
      <div className="snippet__head">
        <h3 id="kubectl-message-heading">kubectl message</h3>
        {message && <CopyButton text={message} label="Copy message" />}
      </div>
      {loading ? (
        <p className="panel-empty">Loading the message…</p>
      ) : message ? (
        <pre className="snippet__body snippet__body--wrap" data-testid="kubectl-message">
          {message}
        </pre>
      ) : (
        <p className="panel-empty">
          {level === 'privileged' ? 'Privileged runs no checks, so' : 'The object passes, so'} kubectl prints no Pod Security message.
        </p>
      )}
    </section>
  )
}
