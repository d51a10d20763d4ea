/**
 * `npm run bench`: runs every suite in test/bench/*.bench.ts and prints each figure with its
 * ratio to the baseline measured in the same run. A benchmark, not a test: it never fails CI.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { runSuite } from './report'
import type { BenchSuite } from './types'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)

async function main(): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite }
    await runSuite(mod.default)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
