/** ANSI colours for people at a terminal; identity functions otherwise. */
import type { Level } from '@secctx/engine'
import type { CliIo } from './io'

/** The styles the text output uses. */
export interface Palette {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
  cyan(text: string): string
}

const style = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`

const COLOURS: Palette = { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), green: style(32, 39), yellow: style(33, 39), cyan: style(36, 39) }

const plain = (text: string) => text
const PLAIN: Palette = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain }

/** Colours only on a terminal and when NO_COLOR is unset or empty (https://no-color.org). */
export function paletteFor(io: Pick<CliIo, 'isTTY' | 'env'>): Palette {
  return io.isTTY && !io.env.NO_COLOR ? COLOURS : PLAIN
}

/** Whether a palette colours its text (a worker thread is told so, and makes the same palette). */
export function isColoured(palette: Palette): boolean {
  return palette !== PLAIN
}

/** The colour of a verdict. */
export function levelColour(level: Level, palette: Palette): (text: string) => string {
  return level === 'restricted' ? palette.green : level === 'baseline' ? palette.yellow : palette.red
}
