import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

/** ../shared/fixtures beside the checkout (CI lays it out the same way). */
export const fixturesDir = resolve(__dirname, '../../../../shared/fixtures')

export function fixture(relative: string): string {
  return join(fixturesDir, relative)
}

/** Bruno-style: tests work on a temp copy, so nothing can touch the originals. */
export async function tempCopy(relative: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'leadprep-fixture-'))
  const target = join(dir, basename(relative))
  await copyFile(fixture(relative), target)
  return target
}
