import { defineConfig } from 'vite'
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

// The headless command: one CommonJS file run by plain Node (package.json "bin").
export default defineConfig({
  root,
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    ssr: 'electron/cli/leadprep.ts',
    rollupOptions: {
      external: ['keytar', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: 'leadprep.cjs', banner: '#!/usr/bin/env node' }
    }
  },
  ssr: { noExternal: true, external: ['keytar'] }
})
