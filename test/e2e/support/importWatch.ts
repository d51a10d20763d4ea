import type { Page, Worker } from '@playwright/test'

declare global {
  interface Window {
    __leadprepProgress?: number[]
  }
}

/**
 * Records every value the import's progress bar shows (`aria-valuenow`), from now on, with a
 * MutationObserver: nothing the page renders is missed, however fast the import runs.
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = []
    window.__leadprepProgress = seen
    const record = (element: Element): void => {
      const value = element.getAttribute('aria-valuenow')
      if (value !== null && seen[seen.length - 1] !== Number(value)) seen.push(Number(value))
    }
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && mutation.target instanceof Element) {
          // Several renders may land between two callbacks: the old value keeps the middle one.
          if (mutation.oldValue !== null && seen[seen.length - 1] !== Number(mutation.oldValue))
            seen.push(Number(mutation.oldValue))
          record(mutation.target)
        }
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue
          for (const bar of node.querySelectorAll('[role="progressbar"]')) record(bar)
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
      attributeOldValue: true
    })
  })
}

/** The progress values shown since `watchProgress`, in order, without repeats. */
export async function progressSeen(page: Page): Promise<number[]> {
  return await page.evaluate(() => [...(window.__leadprepProgress ?? [])])
}

export interface LeadWorkers {
  /** Lead workers the page started, oldest first. */
  started: Worker[]
  /** Whether that worker has been terminated. */
  isClosed(worker: Worker): boolean
}

/** Follows the app's lead workers (each import runs in a fresh one) from now on. */
export function trackLeadWorkers(page: Page): LeadWorkers {
  const started: Worker[] = []
  const closed = new Set<Worker>()
  page.on('worker', (worker) => {
    if (!/leadWorker/.test(worker.url())) return
    started.push(worker)
    // Listen at once: the close event may come before anyone asks.
    worker.once('close', () => closed.add(worker))
  })
  return { started, isClosed: (worker) => closed.has(worker) }
}
