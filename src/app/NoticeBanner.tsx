import { selectNotice } from '../store/selectors'
import { useAppStore } from '../store/useAppStore'

/** The one banner any feature can raise through `showNotice`; errors are announced at once. */
export function NoticeBanner() {
  const notice = useAppStore(selectNotice)
  const dismiss = useAppStore((state) => state.dismissNotice)
  // The live region stays mounted so screen readers notice when a message appears in it.
  return (
    <div className="notice-region" role={notice?.kind === 'error' ? 'alert' : 'status'}>
      {notice && (
        <div className={`notice notice--${notice.kind}`} data-testid="notice" data-kind={notice.kind}>
          <p className="notice__text">{notice.text}</p>
          <div className="notice__actions">
            {notice.actions?.map((action) => (
              <button key={action.label} type="button" className="button button--small" onClick={action.run}>
                {action.label}
              </button>
            ))}
            <button type="button" className="button button--small button--quiet" onClick={() => dismiss()}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
