/**
 * Big imports in the browser (issues 3 and 9): a 100k-row × 10-column xlsx is read off the main
 * thread, its progress bar moves, the grid scrolls to its last row, and Cancelar drops the big
 * import, leaving the list imported before intact. No clock decides anything here: how fast
 * this goes (and the main thread's long tasks) is `npm run bench` (test/bench/browserImport).
 * The big file is generated once into os.tmpdir() (test/perf/bigInputs.ts) and reused.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { progressSeen, trackLeadWorkers, watchProgress } from './support/importWatch'
import { tempCopy } from './support/files'
import { bigXlsx } from '../perf/bigInputs'

const ROWS = 100_000
/** Deadlines for a busy 2-core machine; they only bound a failure, they measure nothing. */
const BIG_IMPORT = 150_000

// One big import at a time: two side by side on 2 cores only make both slower.
test.describe.configure({ mode: 'serial', timeout: 240_000 })

let big = ''

test.beforeAll(() => {
  test.setTimeout(120_000) // the first run writes the workbook (~6 s; cached after)
  big = bigXlsx(ROWS)
})

function importFile(app: Page, path: string): Promise<void> {
  return app.getByTestId('file-input').first().setInputFiles(path)
}

test('100k-row xlsx: read in a worker while the progress bar moves; the grid scrolls to the last row', async ({
  app
}) => {
  const workers = trackLeadWorkers(app)
  await watchProgress(app)
  await importFile(app, big)
  await expect(app.getByTestId('import-counts')).toContainText(
    /100[.\s\u00a0]?000 linhas de dados/,
    { timeout: BIG_IMPORT }
  )
  // Each import runs in a fresh lead worker...
  await expect.poll(() => workers.started.length).toBe(1)
  // ...and the page drew the bar part-way while the file was being read: the main thread was
  // free to render, so the reading happened elsewhere. The bar never goes back.
  const seen = await progressSeen(app)
  expect(seen.filter((percent) => percent > 0 && percent < 100).length).toBeGreaterThan(0)
  expect(seen).toEqual([...seen].sort((a, b) => a - b))

  // Virtualized grid: jump to the end and see the spreadsheet's last row number (header = 1).
  const grid = app.getByTestId('lead-grid')
  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight
  })
  await expect(grid.getByRole('rowheader', { name: String(ROWS + 1), exact: true })).toBeVisible()
  expect(await grid.getByRole('row').count()).toBeLessThan(200) // only what is on screen
})

test('Cancelar stops a big import and keeps the list imported before', async ({ app }) => {
  const workers = trackLeadWorkers(app)
  await importFile(app, await tempCopy('leads/crm-export-utf8.csv'))
  const counts = app.getByTestId('import-counts')
  await expect(counts).toContainText('500 linhas de dados')
  // The grid may draw its rows a frame after the counts: wait for the first lead itself.
  const firstRow = app.getByTestId('lead-grid').getByRole('row').nth(1)
  await expect(firstRow).toContainText('JOSÉ CONCEIÇÃO')
  const before = await firstRow.textContent()

  await importFile(app, big)
  const progress = app.getByTestId('import-progress')
  await expect(progress).toBeVisible()
  await expect.poll(() => workers.started.length).toBe(2)
  const reading = workers.started[1]
  if (!reading) throw new Error('the big import started no worker')
  await progress.getByRole('button', { name: 'Cancelar' }).click()
  await expect(progress).toBeHidden()
  // The worker reading the big file is terminated: its table can never land.
  await expect.poll(() => workers.isClosed(reading)).toBe(true)

  await expect(app.getByTestId('table-info')).toContainText('crm-export-utf8.csv')
  await expect(counts).toContainText('500 linhas de dados')
  await expect(firstRow).toHaveText(before ?? 'the first row had no text')
})
