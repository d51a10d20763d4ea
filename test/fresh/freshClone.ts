import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A stand-in for `git clone` of the checkout: every file git would hand a new user, with the
 * working tree's contents. Not a real clone because the lead commits later: a clone of HEAD
 * would test the last commit, not the package.json, ensure-electron script and README being
 * changed now. Tracked plus untracked-but-not-ignored files = what the next commit holds;
 * node_modules/, out/ and other ignored output are left behind, as on a fresh laptop.
 */
export function copyWorkingTree(root: string, dest: string): string[] {
  const listing = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  const files = listing
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)) && lstatSync(join(root, file)).isFile())
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true })
    copyFileSync(join(root, file), join(dest, file))
    chmodSync(join(dest, file), lstatSync(join(root, file)).mode) // keeps .ci/run executable
  }
  return files
}
