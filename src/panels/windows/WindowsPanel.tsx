import { RichText } from '../../components/RichText'
import { selectDetailPending, selectSelectedObject, selectWindowsPanelVisible } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { PendingPanel } from '../PendingPanel'
import { ProblemItems } from '../problems/ProblemItems'
import { RunAsUserNames } from './RunAsUserNames'
import { splitWindowsProblems } from './windowsProblems'

/** Windows view: why the pod counts as a Windows pod, who it runs as, what Windows rejects or ignores, and advice. */
export function WindowsPanel() {
  const object = useAppStore(selectSelectedObject)
  const visible = useAppStore(selectWindowsPanelVisible)
  const revealAt = useAppStore((state) => state.revealAt)
  const pending = useAppStore(selectDetailPending)
  if (!visible) return null
  if (!object) return pending ? <PendingPanel title="Windows" headingId="windows-heading" testId="windows-panel" /> : null
  const { windows } = object
  const problems = splitWindowsProblems(object.problems)
  return (
    <section className="panel" data-testid="windows-panel" aria-labelledby="windows-heading">
      <h2 id="windows-heading" className="panel__title">
        Windows
      </h2>
      <p className="panel__hint">
        {windows.targetsWindows ? 'This pod is meant for Windows nodes.' : 'Nothing marks this pod for Windows nodes; shown because the Windows view is on.'}{' '}
        spec.os.name: <code>{windows.osName ?? 'unset'}</code> (the only signal the API server and Pod Security act on).
      </p>
      <h3 className="panel__subtitle">Detection signals</h3>
      {windows.signals.length > 0 ? (
        <ul className="plain-list" data-testid="windows-signals">
          {windows.signals.map((signal) => (
            <li key={signal}>
              <code>{signal}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-empty">No Windows signal found.</p>
      )}
      <h3 className="panel__subtitle">Effective runAsUserName</h3>
      <RunAsUserNames containers={object.containers} onReveal={revealAt} />
      <h3 className="panel__subtitle">Windows validation</h3>
      <ProblemItems problems={problems.validation} onReveal={revealAt} empty="The Windows options are valid." />
      <h3 className="panel__subtitle">Linux-only fields</h3>
      <ProblemItems problems={problems.linuxOnly} onReveal={revealAt} empty="No Linux-only field is set that Windows rejects or ignores." />
      <h3 className="panel__subtitle">Guidance</h3>
      {windows.guidance.length > 0 ? (
        <ul className="guidance-list">
          {windows.guidance.map((item) => (
            <li key={item.id} data-guidance={item.id}>
              <RichText text={item.text} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-empty">No advice for this pod.</p>
      )}
    </section>
  )
}
