import { build, defineConfig, type Plugin } from 'vite'
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const external = ['keytar', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const SCHEDULE = 'leadprep:schedule'
const LAUNCH = 'leadprep:launch'
/** Commands built into files of their own: the specifier index.ts imports → its id. */
const APART: Record<string, string> = { './schedule': SCHEDULE, './launch': LAUNCH }

/**
 * `schedule` (luxon, zod, date-holidays with every country: ~2.4 MB) is built into a file of
 * its own, out/cli/schedule.cjs, that the entry imports only when that command runs. Node must
 * compile all of a CommonJS file it loads, so leaving it in would cost every `inspect` ~40 ms.
 * (The bundler's own code splitting puts its runtime helpers in that chunk and loads it eagerly.)
 */
function scheduleApart(): Plugin {
  return {
    name: 'leadprep-schedule-apart',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replaceAll('\\', '/') ?? ''
      const id = APART[source]
      if (id !== undefined && from.endsWith('electron/cli/commands/index.ts'))
        return { id, external: true }
      return null
    },
    async closeBundle() {
      // `launch` (zod, the AWS SDK, the journal) is kept apart for the same reason.
      for (const name of ['schedule', 'launch']) await buildApart(name)
    }
  }
}

async function buildApart(name: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: 'out/cli',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: `electron/cli/commands/${name}.ts`,
      rolldownOptions: {
        external,
        output: { format: 'cjs', entryFileNames: `${name}.cjs`, codeSplitting: false }
      }
    },
    ssr: { noExternal: true, external: ['keytar'] }
  })
}

// The headless command: CommonJS run by plain Node (package.json "bin"). Start-up time counts
// (`inspect` is measured as a whole process): SheetJS is required from node_modules only when
// a .xls/.ods needs it (lazySheetJs.ts) and `schedule` lives in its own file (above).
export default defineConfig({
  root,
  plugins: [scheduleApart()],
  resolve: {
    alias: [
      {
        find: /^@e965\/xlsx$/,
        replacement: fileURLToPath(new URL('lazySheetJs.ts', import.meta.url))
      },
      {
        find: /^officecrypto-tool$/,
        replacement: fileURLToPath(new URL('lazyOfficeCrypto.ts', import.meta.url))
      }
    ]
  },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    ssr: 'electron/cli/leadprep.ts',
    rolldownOptions: {
      external,
      output: {
        format: 'cjs',
        entryFileNames: 'leadprep.cjs',
        codeSplitting: false,
        paths: { [SCHEDULE]: './schedule.cjs', [LAUNCH]: './launch.cjs' },
        banner: '#!/usr/bin/env node'
      }
    }
  },
  ssr: { noExternal: true, external: ['keytar'] }
})
