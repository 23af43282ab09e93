import { useState, type ReactNode } from 'react'

/** Items rendered at first and added per "Show more", unless told: a namespace of a cluster dump may hold hundreds of pods. */
const PAGE = 25

interface PagedListProps<T> {
  items: readonly T[]
  render: (item: T, position: number) => ReactNode
  /** What the items are, for the "Showing 25 of 300 objects" line. */
  noun: string
  className?: string
  /** Items per page. */
  page?: number
  testId?: string
}

/** A list that renders a page of its items and more on request, so expanding a large namespace stays one short task. */
export function PagedList<T>({ items, render, noun, className, page = PAGE, testId }: PagedListProps<T>) {
  const [limit, setLimit] = useState(page)
  const shown = Math.min(items.length, limit)
  const rest = items.length - shown
  return (
    <>
      <ul className={className} data-testid={testId}>
        {items.slice(0, shown).map((item, position) => render(item, position))}
      </ul>
      {rest > 0 && (
        <p className="panel__hint">
          Showing {shown} of {items.length} {noun}.{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setLimit(shown + page)}>
            Show {Math.min(page, rest)} more
          </button>
        </p>
      )}
    </>
  )
}
