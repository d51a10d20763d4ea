import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'

// Playwright loads these files as CommonJS: __dirname, not import.meta.
const root = resolve(__dirname, '../..')

/**
 * Browser tests: the built renderer in Debian's Chromium, talking to the test bridge.
 * LEADPREP_E2E_BASE_URL points them at an already running bridge instead.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}/test-results/e2e`,
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  // Deadlines for a failure, never a measure of speed (that is `npm run bench`): on a busy
  // 2-core machine a fresh lead worker can take seconds to start and a protected workbook's
  // key derivation tens of seconds, so both leave room for a machine under load (issue 9).
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env['LEADPREP_PW_JSON']
    ? [['list'], ['json', { outputFile: process.env['LEADPREP_PW_JSON'] }]]
    : [['list']],
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/electron/**',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'pt-BR',
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // Date and time inputs follow the browser's language, as the desktop app's do.
            '--lang=pt-BR'
          ]
        }
      }
    },
    { name: 'electron', testMatch: '**/electron/**/*.spec.ts' }
  ]
})
