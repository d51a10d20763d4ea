/**
 * The gaps between messages, in whole milliseconds so that every sum is exact.
 * Message `g` (0-based over the whole list) belongs to chunk `floor(g / chunkSize)`.
 */
export interface Cadence {
  n: number
  chunkSize: number
  messageGapMs: number
  chunkGapMs: number
}

/**
 * Time of message `g` when no closed hours interrupt the run that began with message `g0` at
 * `t0`: each step is the message gap, or the chunk gap when it crosses into a new chunk.
 */
export function runTime(c: Cadence, g0: number, t0: number, g: number): number {
  const boundaries = Math.floor(g / c.chunkSize) - Math.floor(g0 / c.chunkSize)
  return t0 + (g - g0 - boundaries) * c.messageGapMs + boundaries * c.chunkGapMs
}

/** The gap that precedes message `g` (g ≥ 1). */
export function gapBefore(c: Cadence, g: number): number {
  return g % c.chunkSize === 0 ? c.chunkGapMs : c.messageGapMs
}

/**
 * How many messages from `g0` (sent at `t0`) go out before `end`, at least 1: the last one
 * sent before the window closes is found by bisection over the closed-form run time.
 */
export function fitBefore(c: Cadence, g0: number, t0: number, end: number): number {
  let lo = g0
  let hi = c.n - 1
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2)
    if (runTime(c, g0, t0, mid) < end) lo = mid
    else hi = mid - 1
  }
  return lo - g0 + 1
}
