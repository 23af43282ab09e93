/** Checks an example's claims against an engine report, so a lesson can never drift from what the engine says. */
import type { Report } from '@secctx/engine'
import type { Claim, Example } from './types'

/** The engine as the checker needs it: text and version in, report out. */
export type EvaluateFn = (text: string, options: { version: string }) => Report

/** Every claim of the example that the engine contradicts, as readable sentences; empty when all hold. */
export function findFalseClaims(example: Example, evaluate: EvaluateFn): string[] {
  return example.claims.flatMap((claim) => checkClaim(example, claim, evaluate))
}

function checkClaim(example: Example, claim: Claim, evaluate: EvaluateFn): string[] {
  const version = claim.version ?? example.settings?.version ?? 'latest'
  const report = evaluate(example.manifest, { version })
  const at = `${example.id} @${version}`
  const object = report.objects[claim.object ?? 0]
  if (!object) return [`${at}: no object ${claim.object ?? 0} (errors: ${report.errors.map((e) => e.message).join('; ') || 'none'})`]
  const wrong: string[] = []
  const expectEqual = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      wrong.push(`${at}: ${what} is ${JSON.stringify(actual)}, the lesson says ${JSON.stringify(expected)}`)
    }
  }
  if (claim.highestLevel !== undefined) expectEqual('highest level', object.highestLevel, claim.highestLevel)
  if (claim.violations !== undefined) {
    const level = claim.level ?? 'restricted'
    const actual = object.levels[level].violations.map((v) => v.check).sort()
    expectEqual(`${level} violations`, actual, [...claim.violations].sort())
  }
  if (claim.effective !== undefined) {
    const { container, field, value, source } = claim.effective
    const found = object.containers.find((c) => c.name === container)?.effective[field]
    expectEqual(`${container}.${field}`, found && { value: found.value, source: found.source }, { value, source })
  }
  if (claim.guidance !== undefined) {
    expectEqual(
      `guidance ${claim.guidance}`,
      object.windows.guidance.some((g) => g.id === claim.guidance),
      true,
    )
  }
  if (claim.problem !== undefined) {
    expectEqual(
      `problem ${claim.problem}`,
      object.problems.some((p) => p.code === claim.problem),
      true,
    )
  }
  if (claim.targetsWindows !== undefined) expectEqual('targets Windows', object.windows.targetsWindows, claim.targetsWindows)
  return wrong
}
