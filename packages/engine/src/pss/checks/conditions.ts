/** Version-gated exemptions that later variants wrap around an unchanged rule. */
import { isWindowsPod, usesUserNamespace } from '../podView'
import type { Evaluate } from './types'

/** The v1.25+ form of a Linux-only restricted rule: Windows pods pass without inspection. */
export function exceptWindows(evaluate: Evaluate): Evaluate {
  return (pod) => (isWindowsPod(pod) ? null : evaluate(pod))
}

/** The v1.35+ form of a rule relaxed for user namespaces: pods with `hostUsers: false` pass. */
export function exceptUserNamespace(evaluate: Evaluate): Evaluate {
  return (pod) => (usesUserNamespace(pod) ? null : evaluate(pod))
}
