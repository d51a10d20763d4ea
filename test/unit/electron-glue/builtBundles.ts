import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, so paths match what the built bundles compute from their __dirname. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

export const builtMainPath = resolve(repoRoot, 'out/main/index.js')
export const builtPreloadPath = resolve(repoRoot, 'out/preload/index.js')

/**
 * The built bundle's source. These tests check what ships, so they need `npm run build`
 * first (test/run-all.mjs builds before the unit tests); say so plainly when it is missing.
 */
export function readBuiltBundle(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the Electron glue tests load the built app. ` +
        'Run `npm run build` first (npm test builds before the unit tests).'
    )
  }
  return readFileSync(path, 'utf8')
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** A hint for failure messages: a stale out/ explains a mismatch better than the mismatch. */
export function staleBuildHint(bundlePath: string): string {
  if (!existsSync(bundlePath)) return ''
  const built = statSync(bundlePath).mtimeMs
  const sources = ['electron/main', 'electron/preload', 'shared/ipc'].map((d) =>
    newestMtime(resolve(repoRoot, d))
  )
  return Math.max(...sources) > built
    ? ` (note: ${bundlePath} is older than its sources; run \`npm run build\`)`
    : ''
}

/**
 * A scratch copy of a bundle with one edit, for proving a check can fail. The edit must
 * match exactly once, so a mutation that no longer applies breaks loudly instead of
 * passing for the wrong reason.
 */
export function patchOnce(source: string, find: RegExp, replacement: string): string {
  const global = new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`)
  const matches = source.match(global)?.length ?? 0
  if (matches !== 1) {
    throw new Error(`mutation ${String(find)} matched ${matches} times in the bundle, not once`)
  }
  return source.replace(find, replacement)
}
