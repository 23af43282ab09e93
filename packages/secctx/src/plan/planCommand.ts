/** `secctx plan`: which Pod Security labels each namespace of a dump can take, and the commands to set them. */
import { escapeInvisibleDeep, planNamespaces, readAdmissionConfig, type PlanInput } from '@secctx/engine'
import { STDIN, describeReadError } from '../check/readInputs'
import { paletteFor } from '../colour'
import { answerHelpOrError, type Command } from '../command'
import { manifestText } from '../manifestText'
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
    if (options.files.length === 0 && io.stdinIsTTY) {
      io.stderr.write('secctx plan: no input: name FILEs or pipe a dump into standard input (see secctx plan --help)\n')
      return 2
    }
    const read = async (file: string) => manifestText(file === STDIN ? await (stdinBytes ??= io.stdin()) : await io.readFile(file))
    let stdinBytes: Promise<Uint8Array> | undefined
    const unreadable: string[] = []
    const inputs: PlanInput[] = []
    for (const file of options.files.length > 0 ? options.files : [STDIN]) {
      try {
        inputs.push({ file, text: await read(file) })
      } catch (error) {
        unreadable.push(`secctx plan: cannot read ${file === STDIN ? 'standard input' : file}: ${describeReadError(error)}\n`)
      }
    }
    let settings
    if (options.admissionConfig !== null) {
      try {
        settings = readAdmissionConfig(await read(options.admissionConfig), options.admissionConfig)
      } catch (error) {
        unreadable.push(`secctx plan: cannot read ${options.admissionConfig}: ${describeReadError(error)}\n`)
      }
    }
    const plan = planNamespaces(inputs, { version: options.version, namespace: options.namespace, settings })
    const palette = paletteFor(options.format === 'json' ? { isTTY: false, env: {} } : io)
    io.stderr.write(unreadable.join(''))
    io.stderr.write(renderPlanErrors(escapeInvisibleDeep(plan), paletteFor({ isTTY: false, env: {} })))
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(escapeInvisibleDeep(plan), palette))
    return unreadable.length > 0 || plan.errors.length > 0 ? 2 : 0
  },
}
