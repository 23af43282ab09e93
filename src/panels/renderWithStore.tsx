/** Renders a component against a fresh store that already holds a report; for the panel tests only. */
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { Report } from '@secctx/engine'
import { AppStoreProvider } from '../store/AppStoreProvider'
import { createAppStore } from '../store/createAppStore'
import { createManualEvaluator, flushPromises } from '../store/testSupport'

export async function renderWithReport(ui: ReactElement, report: Report, text = 'kind: Pod\n') {
  const { evaluator, calls } = createManualEvaluator()
  const store = createAppStore({ evaluator, debounceMs: 0, initial: { text } })
  await flushPromises()
  calls[0].resolve(report)
  await flushPromises()
  const view = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>)
  return { store, ...view }
}
