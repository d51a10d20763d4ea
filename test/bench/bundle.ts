/**
 * The bench as the app ships: each suite bundled with esbuild into one ESM file (no tsx
 * helpers such as `__name` around every function), then run with plain node.
 *   npx tsx test/bench/bundle.ts launch            bundles and runs launch.bench.ts
 *   npx tsx test/bench/bundle.ts --entry <file.ts>  only bundles a script (e.g. launchProfile.ts)
 * Output sits under node_modules/.cache/leadprep-bench so that external packages resolve.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

const OUT = 'node_modules/.cache/leadprep-bench'
const BENCH = 'test/bench'

async function bundle(entry: { file: string } | { suite: string }, outfile: string): Promise<void> {
  const common = {
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'esnext',
    // Packages stay in node_modules, as main and the CLI load them.
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning'
  } as const
  if ('file' in entry) {
    await build({ ...common, entryPoints: [entry.file] })
    return
  }
  const contents = [
    `import suite from './${entry.suite}'`,
    `import { runSuite } from './report'`,
    `runSuite(suite).catch((error) => { console.error(error); process.exitCode = 1 })`
  ].join('\n')
  await build({ ...common, stdin: { contents, resolveDir: BENCH, loader: 'ts' } })
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--entry' && args[1] !== undefined) {
    const outfile = join(OUT, `${basename(args[1], '.ts')}.mjs`)
    await bundle({ file: args[1] }, outfile)
    console.log(`bundled ${args[1]} → ${outfile}`)
    return
  }
  const suites = readdirSync(BENCH)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => args.length === 0 || args.some((a) => f.includes(a)))
    .sort()
  for (const suite of suites) {
    const outfile = join(OUT, suite.replace(/\.ts$/, '.mjs'))
    await bundle({ suite }, outfile)
    const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' })
    if (run.status !== 0) process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
