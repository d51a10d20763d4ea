import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __leadprepLongTasks?: number[]
  }
}

/**
 * Records every main-thread long task (PerformanceObserver `longtask`, > 50 ms) from page load
 * on. Call before the page is loaded (it is an init script).
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = []
    window.__leadprepLongTasks = seen
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** Durations (ms) of the long tasks recorded since the last call, and forgets them. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return await page.evaluate(() => {
    const seen = window.__leadprepLongTasks ?? []
    return seen.splice(0, seen.length)
  })
}
