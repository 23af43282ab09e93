// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { failedAgain, failuresFor, MAX_ATTEMPTS, RETRY_MS, useBoundedRetry } from './useBoundedRetry'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('failedAgain and failuresFor', () => {
  it('count the failures of one key in a row, and start again for another key', () => {
    const once = failedAgain(undefined, 'a')
    const twice = failedAgain(once, 'a')
    expect([once, twice]).toEqual([
      { key: 'a', attempts: 1 },
      { key: 'a', attempts: 2 },
    ])
    expect(failedAgain(twice, 'b')).toEqual({ key: 'b', attempts: 1 })
    expect([failuresFor(twice, 'a'), failuresFor(twice, 'b'), failuresFor(twice, null), failuresFor(undefined, 'a')]).toEqual([2, 0, 0, 0])
  })
})

describe('useBoundedRetry', () => {
  it('asks at once for a new key, and not for none or while disabled', () => {
    const load = vi.fn()
    const { rerender } = renderHook(({ wanted, enabled }) => useBoundedRetry(wanted, 0, load, enabled), {
      initialProps: { wanted: null as string | null, enabled: true },
    })
    expect(load).not.toHaveBeenCalled()
    rerender({ wanted: 'a', enabled: false })
    expect(load).not.toHaveBeenCalled()
    rerender({ wanted: 'a', enabled: true })
    expect(load).toHaveBeenCalledTimes(1)
    rerender({ wanted: 'b', enabled: true })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('after a failure asks again after a pause that grows with the failures, then gives up', () => {
    const load = vi.fn()
    const { rerender, result } = renderHook(({ failures }) => useBoundedRetry('a', failures, load), { initialProps: { failures: 0 } })
    expect(load).toHaveBeenCalledTimes(1)
    for (let failures = 1; failures < MAX_ATTEMPTS; failures++) {
      rerender({ failures })
      vi.advanceTimersByTime(RETRY_MS * failures - 1)
      expect(load).toHaveBeenCalledTimes(failures)
      vi.advanceTimersByTime(1)
      expect(load).toHaveBeenCalledTimes(failures + 1)
      expect(result.current).toBe(false)
    }
    rerender({ failures: MAX_ATTEMPTS })
    vi.runAllTimers()
    expect(load).toHaveBeenCalledTimes(MAX_ATTEMPTS)
    expect(result.current).toBe(true)
  })

  it('drops a pending retry when the key changes', () => {
    const load = vi.fn()
    const { rerender } = renderHook(({ wanted, failures }) => useBoundedRetry(wanted, failures, load), { initialProps: { wanted: 'a', failures: 1 } })
    expect(load).not.toHaveBeenCalled()
    rerender({ wanted: 'b', failures: 0 })
    expect(load).toHaveBeenCalledTimes(1)
    vi.runAllTimers()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
