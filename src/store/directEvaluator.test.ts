import { expect, it } from 'vitest'
import { SEED_MANIFEST } from '../app/seedManifest'
import { createAppStore } from './createAppStore'
import { createDirectEvaluator } from './directEvaluator'
import { selectSelectedObject } from './selectors'
import { selectShownAllowed } from './whatIfSelectors'

const settled = (store: ReturnType<typeof createAppStore>) =>
  new Promise<void>((resolve) => {
    const check = () => store.getState().evaluation.status === 'done' && resolve()
    store.subscribe(check)
    check()
  })

it('evaluates the start-up example with the real engine: Baseline, not Restricted', async () => {
  const store = createAppStore({ evaluator: createDirectEvaluator(), debounceMs: 0, initial: { text: SEED_MANIFEST } })
  await settled(store)
  const object = selectSelectedObject(store.getState())
  expect(object?.highestLevel).toBe('baseline')
  expect(object?.containers.map((c) => [c.name, c.type])).toEqual([
    ['migrate', 'initContainer'],
    ['web', 'container'],
    ['log-shipper', 'container'],
  ])
  expect(object?.containers[1].effective.runAsUser).toMatchObject({ value: 1001, source: 'container', overrides: 1000 })
  expect(selectShownAllowed(store.getState())).toBe(false)
  store.getState().setLevel('baseline')
  expect(selectShownAllowed(store.getState())).toBe(true)
  store.getState().dispose()
})
