/**
 * Stands in for prettier inside the YAML worker (see the aliases in vite.config.ts). Formatting is
 * turned off in monaco-yaml's options, so this is never called; dropping prettier shrinks the
 * worker by about 40 %.
 */
export async function format(): Promise<string> {
  throw new Error('YAML formatting is not bundled in this app')
}
