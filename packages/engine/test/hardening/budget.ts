/**
 * Measures what one evaluation costs and checks it against a budget. CPU time is the main
 * bound, because the tests share two cores with other work and wall time mostly measures the
 * neighbours. Wall time gets a much looser bound that still catches a hang or a blocking wait.
 * Heap growth is only a rough bound: there is no forced GC, so it can even be negative.
 */

/** What running something cost. */
export interface Cost {
  cpuMs: number
  wallMs: number
  heapGrowthMB: number
}

/** Most a run may cost. */
export interface Budget {
  cpuMs: number
  wallMs: number
  heapGrowthMB: number
}

/** For hostile input that should be refused or read quickly: a generous multiple of the milliseconds it takes. */
export const SMALL_BUDGET: Budget = { cpuMs: 5_000, wallMs: 30_000, heapGrowthMB: 256 }

/** Runs `run` once and returns its value with what it cost. */
export function measure<T>(run: () => T): { value: T; cost: Cost } {
  const heapBefore = process.memoryUsage().heapUsed
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const value = run()
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const heapGrowthMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
  return { value, cost: { cpuMs: (cpu.user + cpu.system) / 1000, wallMs, heapGrowthMB } }
}

/** Throws when the cost is over budget, naming every figure so a failure shows how far over it is. */
export function assertWithin(cost: Cost, budget: Budget, what: string): void {
  const over = (Object.keys(budget) as (keyof Budget)[]).filter((key) => cost[key] > budget[key])
  if (over.length > 0) throw new Error(`${what} is over budget (${over.join(', ')}): cost ${describeCost(cost)}, budget ${JSON.stringify(budget)}`)
}

/** The cost in a short form for messages and logs. */
export function describeCost(cost: Cost): string {
  return `${Math.round(cost.cpuMs)} ms CPU, ${Math.round(cost.wallMs)} ms wall, ${Math.round(cost.heapGrowthMB)} MB heap growth`
}
