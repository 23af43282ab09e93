/** The policy versions offered in the selector: `latest`, then every minor the engine knows, newest first. */
import { LATEST_MINOR } from '@secctx/engine'

/** A newer `v1.N` (from a link or a draft) still works, the engine evaluates it as its newest; it is just not listed. */
export const POLICY_VERSIONS: readonly string[] = ['latest', ...Array.from({ length: LATEST_MINOR + 1 }, (_, i) => `v1.${LATEST_MINOR - i}`)]
