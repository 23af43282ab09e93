/** `secctx plan`: which Pod Security labels each namespace of a dump can take, and the commands to set them. */
import { escapeInvisibleDeep, planNamespaces, readAdmissionConfig, type PlanInput } from '@secctx/engine'
import { escapeControls } from '../check/terminalSafe'
import { paletteFor } from '../colour'
import { answerHelpOrError, type Command } from '../command'
import { inputsOrStdin, readInput } from '../readInput'
import { PLAN_USAGE } from './planUsage'
import { parsePlanArgs } from './planArgs'
import { renderPlan, renderPlanErrors } from './renderPlan'

/** The `plan` subcommand; exits 0 when every input was read, 2 on an input error. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'plan Pod Security labels per namespace for a dump of several namespaces',
  usage: PLAN_USAGE,
  async run(args, io) {
    const parsed = parsePlanArgs(args)
    if (parsed.kind !== 'run') return answerHelpOrError('plan', PLAN_USAGE, parsed, io)
    const { options } = parsed
    const files = inputsOrStdin('plan', options.files, 'a dump', io)
    if (!files) return 2
    const unreadable: string[] = []
    const inputs: PlanInput[] = []
    for (const file of files) {
      const input = await readInput(file, io)
      if ('error' in input) unreadable.push(`secctx plan: ${escapeControls(input.error)}\n`)
      else inputs.push({ file, text: input.text })
    }
    let settings
    if (options.admissionConfig !== null) {
      const config = await readInput(options.admissionConfig, io)
      if ('error' in config) unreadable.push(`secctx plan: ${escapeControls(config.error)}\n`)
      else settings = readAdmissionConfig(config.text, options.admissionConfig)
    }
    const plan = planNamespaces(inputs, { version: options.version, namespace: options.namespace, settings })
    const palette = paletteFor(options.format === 'json' ? { isTTY: false, env: {} } : io)
    io.stderr.write(unreadable.join(''))
    // Its strings come from manifests: the text renderers get a copy with them escaped for the terminal.
    const shown = escapeInvisibleDeep(plan)
    io.stderr.write(renderPlanErrors(shown, paletteFor({ isTTY: false, env: {} })))
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(shown, palette))
    return unreadable.length > 0 || plan.errors.length > 0 ? 2 : 0
  },
}
