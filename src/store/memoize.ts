/**
 * Caches a derived value on the identity of its inputs (a tiny reselect). Selectors that build
 * arrays or objects need it: zustand's hook compares by reference and would re-render forever.
 */
export function memoizeSelector<S, I extends readonly unknown[], R>(inputs: (state: S) => I, compute: (...args: [...I]) => R): (state: S) => R {
  let last: { args: I; result: R } | null = null
  return (state) => {
    const args = inputs(state)
    if (last && args.length === last.args.length && args.every((a, i) => Object.is(a, last!.args[i]))) {
      return last.result
    }
    const result = compute(...args)
    last = { args, result }
    return result
  }
}
