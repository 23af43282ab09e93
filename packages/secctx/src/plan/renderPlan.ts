/** `secctx plan`'s text output: a block per namespace, then a summary line. */
import type { NamespacePlan, ObjectRef, RolloutPlan } from '@secctx/engine'
import { levelColour, type Palette } from '../colour'
import { objectTitle, origin } from '../check/renderObject'

/** How many objects a text line names before it says how many more there are. */
const NAMED = 5

/** The whole plan as text (its strings already escaped for the terminal). */
export function renderPlan(plan: RolloutPlan, palette: Palette): string {
  const blocks = plan.namespaces.map((ns) => renderNamespace(ns, plan.policyVersion, palette).join('\n'))
  const objects = plan.namespaces.reduce((sum, ns) => sum + ns.objects.length, 0)
  const version = plan.requestedVersion === plan.policyVersion ? plan.policyVersion : `${plan.requestedVersion} = ${plan.policyVersion}`
  const exempt = plan.exemptions.usernames.length > 0 ? palette.dim(` · exempt users (not known from manifests): ${plan.exemptions.usernames.join(', ')}`) : ''
  const summary = `${palette.bold('summary')}  ${plural(plan.namespaces.length, 'namespace')} · ${plural(objects, 'object')}${plan.errors.length > 0 ? ` · ${palette.red(plural(plan.errors.length, 'input error'))}` : ''}  ${palette.dim(`policy ${version}`)}${exempt}`
  return `${[...blocks, summary].join('\n\n')}\n`
}

function renderNamespace(ns: NamespacePlan, version: string, palette: Palette): string[] {
  const labels = Object.entries(ns.labels).map(([key, value]) => `${key.replace('pod-security.kubernetes.io/', '')}=${value}`)
  const source = !ns.declared ? 'no Namespace object in the input' : labels.length > 0 ? `labels ${labels.join(', ')}` : 'no pod-security labels'
  const lines = [`${palette.bold(`namespace ${ns.name}`)}  ${palette.dim(source)}`]
  if (ns.exempt) lines.push(`  ${palette.yellow('exempt')}      the admission configuration exempts it: Pod Security ignores its labels`)
  const policy = (['enforce', 'audit', 'warn'] as const).map((mode) => `${mode} ${ns.policy[mode].level}:${ns.policy[mode].version}`)
  lines.push(`  policy      ${policy.join(' · ')}`)
  for (const problem of ns.problems) {
    lines.push(
      `  ${palette.red('problem')}     ${palette.dim(origin(problem.file, problem.line, problem.column, null, null))}  ${problem.message} (treated as ${problem.treatedAs})`,
    )
  }
  const denied = ns.objects.filter((object) => !object.exempt && !object.enforce.allowed)
  const exempt = ns.objects.filter((object) => object.exempt).length
  const now = denied.length > 0 ? palette.red(` · ${denied.length} denied by the current enforce policy: ${names(denied)}`) : ''
  lines.push(`  objects     ${ns.objects.length}${exempt > 0 ? ` (${exempt} exempt by runtime class)` : ''}${now}`)
  lines.push(`  highest     ${levelColour(ns.highestLevel, palette)(ns.highestLevel)}  ${palette.dim(`every pod meets it at ${version}`)}`)
  lines.push(`  would deny  baseline: ${names(ns.wouldDeny.baseline) || 'none'} · restricted: ${names(ns.wouldDeny.restricted) || 'none'}`)
  lines.push(`  recommend   ${palette.cyan(ns.recommended.command)}`)
  lines.push(`  try first   ${ns.recommended.dryRun}`)
  if (ns.recommended.loosens) lines.push(`  ${palette.yellow('loosens')}     ${ns.recommended.loosens}`)
  return lines
}

function names(objects: readonly ObjectRef[]): string {
  const shown = objects.slice(0, NAMED).map((object) => objectTitle(object.kind, object.name))
  return objects.length > NAMED ? `${shown.join(', ')} and ${objects.length - NAMED} more` : shown.join(', ')
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** One line per input error, compiler style, for standard error. */
export function renderPlanErrors(plan: RolloutPlan, palette: Palette): string {
  return plan.errors
    .map((error) => `${origin(error.file, error.line, error.column, error.document, error.item ?? null)}: ${palette.red('error:')} ${error.message}\n`)
    .join('')
}
