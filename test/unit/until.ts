import { vi } from 'vitest'

/**
 * Polls `check` until it passes. vi.waitFor's own default gives up after 1 s, a bound a busy CI
 * machine can break; this deadline is the test's (30 s), so only a real failure ends the wait.
 */
export const until = (check: () => void): Promise<void> =>
  vi.waitFor(check, { timeout: 30_000, interval: 10 })
