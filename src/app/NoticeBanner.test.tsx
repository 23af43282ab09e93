// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { createAppStore } from '../store/createAppStore'
import { createManualEvaluator } from '../store/testSupport'
import { NoticeBanner } from './NoticeBanner'

afterEach(cleanup)

it('shows a notice raised through the store, runs its action, and dismisses it', () => {
  const store = createAppStore({ evaluator: createManualEvaluator().evaluator })
  render(
    <AppStoreProvider store={store}>
      <NoticeBanner />
    </AppStoreProvider>,
  )
  expect(screen.queryByTestId('notice')).toBeNull()
  const run = vi.fn()
  act(() => store.getState().showNotice({ kind: 'error', text: 'It broke.', actions: [{ label: 'Retry', run }] }))
  expect(screen.getByRole('alert').textContent).toContain('It broke.')
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
  expect(run).toHaveBeenCalledOnce()
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByTestId('notice')).toBeNull()
  store.getState().dispose()
})
