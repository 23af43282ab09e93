// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeObject, makeReport } from '../../store/testSupport'
import { renderWithReport } from '../renderWithStore'
import { ObjectList } from './ObjectList'

afterEach(cleanup)

const where = (line: number) => ({ line, column: 1, endLine: line + 3, endColumn: 1 })

describe('ObjectList', () => {
  it('lists objects with their verdicts, skipped kinds and input errors, and selects on click', async () => {
    const report = makeReport({
      objects: [
        makeObject({ kind: 'Pod', name: 'a', location: where(1) }),
        makeObject({ kind: 'Job', name: 'b', highestLevel: 'privileged', document: 2, location: where(20) }),
      ],
      skipped: [{ file: null, document: 1, item: null, kind: 'ConfigMap', name: 'c', reason: 'no pod template', location: where(10) }],
      errors: [{ file: null, document: 3, message: 'bad indentation', line: 31, column: 4, endLine: 31, endColumn: 5 }],
    })
    const { store } = await renderWithReport(<ObjectList />, report)
    const items = screen.getAllByTestId('object-item')
    expect(items.map((item) => item.textContent)).toEqual(['Pod/aRestricted', 'Job/bPrivileged'])
    expect(items[0].getAttribute('aria-current')).toBe('true')
    expect(screen.getByTestId('skipped-objects').textContent).toContain('ConfigMap/c: no pod template')
    expect(screen.getByTestId('input-errors').textContent).toContain('Document 4: bad indentation')
    expect(screen.getByTestId('input-errors').textContent).toContain('Ln 31, Col 4')

    fireEvent.click(items[1])
    expect(store.getState().selection.objectIndex).toBe(1)
    expect(store.getState().ui.reveal).toBeNull()
    expect(screen.getAllByTestId('object-item')[1].getAttribute('aria-current')).toBe('true')
  })

  it('pages a long list, and still lists an object selected far down it', async () => {
    const objects = Array.from({ length: 250 }, (_, index) => makeObject({ name: `pod-${index}`, document: index }))
    const { store } = await renderWithReport(<ObjectList />, makeReport({ objects }))
    expect(screen.getAllByTestId('object-item')).toHaveLength(100)

    act(() => store.getState().selectObject(230))
    const items = screen.getAllByTestId('object-item')
    expect(items).toHaveLength(101)
    expect(items[100].textContent).toContain('pod-230')
    expect(items[100].getAttribute('aria-current')).toBe('true')

    fireEvent.click(screen.getByTestId('show-more-objects'))
    expect(screen.getAllByTestId('object-item')).toHaveLength(201)
    fireEvent.click(screen.getByTestId('show-more-objects'))
    // The selected object is now in the page: listed once.
    expect(screen.getAllByTestId('object-item')).toHaveLength(250)
    expect(screen.queryByTestId('show-more-objects')).toBeNull()
  })
})
