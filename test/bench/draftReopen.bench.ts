/**
 * Issue 15: "Reopening a 100k-row draft takes about as long as importing the file." In
 * Chromium against the built app: import a 100k × 10 xlsx (file chosen → counts shown), then
 * reload and "Continuar" its draft (click → counts shown and every choice put back), median
 * of 3 each. The import is the baseline: the ratio is reopen / import, goal ≤ 1.5.
 */
import type { Page } from '@playwright/test'
import { withBenchApp } from './benchApp'
import { bigXlsx } from '../perf/bigInputs'
import type { BenchSuite } from './types'

const RUNS = 3
const COUNTS = /100[.\s\u00a0]?000 linhas de dados/

async function forgetDrafts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const listed = await window.leadprep.listDrafts({})
    if (!listed.ok) throw new Error('listDrafts failed')
    for (const draft of listed.data) await window.leadprep.deleteDraft({ draftId: draft.draftId })
  })
}

const counts = (page: Page) =>
  page.getByTestId('import-counts').filter({ hasText: COUNTS }).waitFor({ timeout: 300_000 })
const saved = (page: Page) =>
  page
    .getByTestId('draft-status')
    .filter({ hasText: 'Rascunho salvo' })
    .waitFor({ timeout: 300_000 })

/** Imports the file into a page with no drafts; the wall time until the counts show. */
async function importOnce(page: Page, url: string, file: string): Promise<number> {
  await page.goto(url)
  await page.getByTestId('app-ready').waitFor()
  await forgetDrafts(page)
  await page.reload()
  await page.getByTestId('app-ready').waitFor()
  const t0 = performance.now()
  await page.getByTestId('file-input').first().setInputFiles(file)
  await counts(page)
  const wall = performance.now() - t0
  await saved(page)
  return wall
}

/** Reloads and continues the draft just saved; the wall time until its counts show again. */
async function reopenOnce(page: Page, log: (line: string) => void): Promise<number> {
  await page.reload()
  await page.getByTestId('app-ready').waitFor()
  const offer = page.getByTestId('resume-draft')
  const resume = offer.getByRole('button', { name: 'Continuar', exact: true })
  await resume.waitFor()
  const t0 = performance.now()
  await resume.click()
  await counts(page)
  const read = performance.now() - t0
  // Every choice put back, not just the file read again.
  await page.getByTestId('draft-opening').waitFor({ state: 'detached', timeout: 300_000 })
  const wall = performance.now() - t0
  log(
    `  reopen: file read again after ${read.toFixed(0)} ms, choices back after ${wall.toFixed(0)} ms`
  )
  await saved(page)
  return wall
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const suite: BenchSuite = {
  name: 'Drafts: reopening a 100k × 10 xlsx draft against importing it (Chromium)',
  run: (log) =>
    withBenchApp(async ({ page, url, pick }) => {
      const file = pick(bigXlsx(100_000))
      await importOnce(page, url, file) // warm-up: file cache, compiled code
      await reopenOnce(page, log)
      const imports: number[] = []
      const reopens: number[] = []
      for (let i = 0; i < RUNS; i++) {
        imports.push(await importOnce(page, url, file))
        reopens.push(await reopenOnce(page, log))
        log(
          `run ${i + 1}: import ${imports.at(-1)?.toFixed(0)} ms, reopen ${reopens.at(-1)?.toFixed(0)} ms`
        )
      }
      return [
        {
          label: 'reopen a 100k-row draft (Continuar → every choice back)',
          unit: 'ms',
          ours: median(reopens),
          baselineLabel: 'importing the same file',
          baseline: median(imports),
          goal: 1.5
        }
      ]
    })
}

export default suite
