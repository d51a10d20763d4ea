import { runTime, type Cadence } from './cadence'

/**
 * The plan as runs: each run is a stretch of messages inside one open window, sent without
 * interruption, so any message's time is closed-form from its run's first message and time.
 */
export class Runs {
  readonly firstMessage: number[] = []
  readonly firstTime: number[] = []
  readonly day: number[] = []

  constructor(readonly cadence: Cadence) {}

  push(firstMessage: number, firstTime: number, day: number): void {
    this.firstMessage.push(firstMessage)
    this.firstTime.push(firstTime)
    this.day.push(day)
  }

  get length(): number {
    return this.firstMessage.length
  }

  /** Send time (epoch ms) of message `g`, 0 ≤ g < n. */
  timeOf(g: number): number {
    const run = this.runOf(g)
    return runTime(this.cadence, this.firstMessage[run] ?? 0, this.firstTime[run] ?? 0, g)
  }

  /** Index of the run holding message `g` (the last run starting at or before it). */
  runOf(g: number): number {
    let lo = 0
    let hi = this.length - 1
    while (lo < hi) {
      const mid = lo + Math.ceil((hi - lo) / 2)
      if ((this.firstMessage[mid] ?? 0) <= g) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** A send-time accessor that is O(1) when asked in increasing order (for sweeps over all sends). */
  sweeper(): (g: number) => number {
    let run = 0
    return (g) => {
      if ((this.firstMessage[run] ?? 0) > g) run = this.runOf(g)
      while (run + 1 < this.length && (this.firstMessage[run + 1] ?? 0) <= g) run++
      return runTime(this.cadence, this.firstMessage[run] ?? 0, this.firstTime[run] ?? 0, g)
    }
  }

  /** Number of messages in run `r`. */
  sizeOf(r: number): number {
    const next = this.firstMessage[r + 1] ?? this.cadence.n
    return next - (this.firstMessage[r] ?? 0)
  }
}
