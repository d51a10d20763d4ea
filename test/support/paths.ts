import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The checkout's root and the read-only `shared/` folder beside it, found from the working
 * directory. Works under vitest (ESM) and Playwright (CommonJS) alike, where `import.meta`
 * and `__dirname` are not both available.
 */
export function repoRoot(from = process.cwd()): string {
  let dir = resolve(from)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'leadprep'
    ) {
      return dir
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`not inside the leadprep checkout: ${from}`)
    dir = parent
  }
}

/** `../shared` beside the checkout (CI lays it out the same way); LEADPREP_SHARED_DIR overrides. */
export function sharedDir(): string {
  return process.env['LEADPREP_SHARED_DIR'] ?? resolve(repoRoot(), '../shared')
}
