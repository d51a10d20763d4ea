/**
 * The simulation's time. At speed 1 it is the wall clock; tests (through the bridge, never
 * the page) run it faster so that a campaign's few minutes pass in seconds.
 */
export interface SimulationClock {
  /** Epoch ms in the simulation. */
  now(): number
}

export interface SimulationClockOptions {
  /** The real clock (default Date.now). */
  now?: () => number
  /** How many simulated ms pass per real ms (default 1). */
  speed?: number
}

export function createSimulationClock(options: SimulationClockOptions = {}): SimulationClock {
  const real = options.now ?? Date.now
  const speed = options.speed ?? 1
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError('speed must be > 0')
  const origin = real()
  return { now: () => origin + (real() - origin) * speed }
}
