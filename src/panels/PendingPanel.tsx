/**
 * A panel's frame while the selected object's detail comes from the worker (large inputs only):
 * same heading and place as the real panel, so selecting an object does not make the page jump.
 */
export function PendingPanel({ title, headingId, testId }: { title: string; headingId: string; testId?: string }) {
  return (
    <section className="panel" aria-labelledby={headingId} aria-busy="true" data-testid={testId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      <p className="panel-empty">Loading the object&apos;s details…</p>
    </section>
  )
}
