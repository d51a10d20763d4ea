import { fitBefore, gapBefore, runTime, type Cadence } from './cadence'
import { Runs } from './runs'
import type { WindowCursor } from './windows'

/**
 * Walks the campaign window by window. Inside a window every message that fits is taken at
 * once (closed form + bisection), so the cost grows with the windows used, not with n.
 * Whenever the next time is not inside a window it moves to the next opening (timing.md).
 */
export function buildRuns(cadence: Cadence, start: number, cursor: WindowCursor): Runs {
  const runs = new Runs(cadence)
  let g = 0
  let t = start
  while (g < cadence.n) {
    const window = cursor.windowAt(t)
    const t0 = Math.max(t, window.start)
    const count = fitBefore(cadence, g, t0, window.end)
    runs.push(g, t0, window.day)
    const last = g + count - 1
    g = last + 1
    if (g < cadence.n) t = runTime(cadence, g - count, t0, last) + gapBefore(cadence, g)
  }
  return runs
}
