import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The fresh-laptop test on its own (`npm test` runs it as a separate step): it runs
 * `npm install` and `npm start` in a copy of the checkout, minutes of work that the unit
 * run should not wait for. The timeouts are hang guards, not speed assertions.
 */
export default defineConfig({
  root,
  test: {
    include: ['test/fresh/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks'
  }
})
