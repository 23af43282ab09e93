/** Times pieces of work together, round by round, and keeps the medians, after warm-up rounds. */

/** Timings of one measured thing, in milliseconds. */
export interface Timing {
  /** The first run, before any warm-up: what a fresh process pays (wall clock). */
  coldMs: number
  /** Median wall-clock time. */
  medianMs: number
  /** Median CPU time of the process (user + system), which other load on a shared machine disturbs much less. */
  cpuMedianMs: number
  /** Fastest CPU time: the least disturbed run. */
  cpuMinMs: number
  samplesMs: number[]
  cpuSamplesMs: number[]
}

/** What a piece of work may return: the CPU time it used elsewhere (a child process), counted instead of this process's. */
export interface CpuReport {
  cpuMs: number
}

/** One piece of work; `prepare` runs untimed before each run. */
export interface Task {
  work: () => unknown
  prepare?: () => unknown
}

function isCpuReport(value: unknown): value is CpuReport {
  return typeof value === 'object' && value !== null && typeof (value as CpuReport).cpuMs === 'number'
}

interface Sample {
  wall: number
  cpu: number
}

async function once(task: Task): Promise<Sample> {
  await task.prepare?.()
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await task.work()
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { wall, cpu: isCpuReport(result) ? result.cpuMs : (used.user + used.system) / 1000 }
}

/**
 * Runs every task once cold, then `warmup` untimed rounds, then `runs` timed rounds in which each task
 * runs in turn. Interleaving means a change in the machine's load during the minutes a benchmark takes
 * falls on all tasks alike instead of on whichever happened to run then. Within a round each task
 * first runs once untimed: V8 collects a task's garbage on helper threads that the process CPU clock
 * counts, so without it the collection of one task's garbage would be billed to the next task, and
 * each timed run would not start from its own steady state as it does when a task runs back to back.
 * (A forced full collection instead would shrink the heap and bill the regrowth to short runs.)
 */
export async function measureTogether(tasks: readonly Task[], options: { runs?: number; warmup?: number } = {}): Promise<Timing[]> {
  const { runs = 9, warmup = 2 } = options
  const cold: number[] = []
  for (const task of tasks) cold.push((await once(task)).wall)
  for (let round = 0; round < warmup; round++) for (const task of tasks) await once(task)
  const samples: Sample[][] = tasks.map(() => [])
  for (let round = 0; round < runs; round++) {
    for (const [index, task] of tasks.entries()) {
      await once(task)
      samples[index].push(await once(task))
    }
  }
  return tasks.map((_, index) => {
    const wall = samples[index].map((s) => s.wall)
    const cpu = samples[index].map((s) => s.cpu)
    return { coldMs: cold[index], medianMs: median(wall), cpuMedianMs: median(cpu), cpuMinMs: Math.min(...cpu), samplesMs: wall, cpuSamplesMs: cpu }
  })
}

/** Times one piece of work alone. */
export async function measure(work: () => unknown, options: { runs?: number; warmup?: number; prepare?: () => unknown } = {}): Promise<Timing> {
  const [timing] = await measureTogether([{ work, prepare: options.prepare }], options)
  return timing
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
