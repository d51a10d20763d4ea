/**
 * The built `leadprep` (out/cli/leadprep.cjs) for tests that run it as a whole process, rebuilt
 * when a source under electron/cli or shared/ is newer. LEADPREP_CLI points at another build.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../../../support/paths'

const ROOT = repoRoot()
export const BUILT_CLI = process.env['LEADPREP_CLI'] ?? join(ROOT, 'out/cli/leadprep.cjs')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

export async function ensureBuiltCli(): Promise<void> {
  if (process.env['LEADPREP_CLI'] !== undefined) return
  const sources = Math.max(
    newestSource(join(ROOT, 'electron/cli')),
    newestSource(join(ROOT, 'shared'))
  )
  if (existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= sources) return
  await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'electron/cli/vite.config.ts'
    ],
    { cwd: ROOT, maxBuffer: 16 << 20 }
  )
}
