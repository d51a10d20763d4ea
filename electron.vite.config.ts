import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The dev server needs an inline React-refresh preamble and a websocket; the built app keeps
 * the strict CSP from renderer/index.html untouched.
 */
function devOnlyCsp(): Plugin {
  return {
    name: 'leadprep-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // A worker_threads entry (decryptInWorker.ts loads out/main/decryptWorker.js).
          decryptWorker: resolve(__dirname, 'electron/main/workers/decryptWorker.ts')
        }
      }
    }
  },
  preload: {
    // One CommonJS file: a sandboxed preload cannot be an ES module.
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative URLs: they resolve under app://leadprep/ (window/appProtocol.ts) as under the
    // test bridge's http origin, and module workers are found next to the page's script.
    base: './',
    plugins: [react(), devOnlyCsp()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    }
  }
})
