/** Times a piece of work several times and keeps the median, after warm-up runs. */

/** Timings of one measured thing, in milliseconds. */
export interface Timing {
  /** The first run, before any warm-up: what a fresh process pays. */
  coldMs: number
  /** Median wall-clock time. */
  medianMs: number
  /** Median CPU time of the process (user + system), which other load on a shared machine disturbs much less. */
  cpuMedianMs: number
  samplesMs: number[]
}

/** Runs `work` once cold, then `warmup` more times untimed, then `runs` times timed; `prepare` runs untimed before each. */
export async function measure(work: () => unknown, options: { runs?: number; warmup?: number; prepare?: () => unknown } = {}): Promise<Timing> {
  const { runs = 9, warmup = 2, prepare } = options
  const once = async () => {
    await prepare?.()
    const cpu = process.cpuUsage()
    const started = performance.now()
    await work()
    const wall = performance.now() - started
    const used = process.cpuUsage(cpu)
    return { wall, cpu: (used.user + used.system) / 1000 }
  }
  const coldMs = (await once()).wall
  for (let i = 0; i < warmup; i++) await once()
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await once())
  return { coldMs, medianMs: median(samples.map((s) => s.wall)), cpuMedianMs: median(samples.map((s) => s.cpu)), samplesMs: samples.map((s) => s.wall) }
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
