/**
 * `officecrypto-tool` for the CLI bundle, loaded on first use (vite.config.ts aliases the
 * package here), like lazySheetJs.ts: only a password-protected file needs it, so `inspect`
 * on a CSV does not compile it (and xml2js, sax) at start-up.
 */
import { createRequire } from 'node:module'
import type OfficeCrypto from 'officecrypto-tool'

type Tool = typeof OfficeCrypto

let loaded: Tool | undefined

function tool(): Tool {
  // The specifier is built at run time so no bundler follows it.
  loaded ??= createRequire(__filename)(['officecrypto', 'tool'].join('-')) as Tool
  return loaded
}

const lazy: Tool = new Proxy({} as Tool, { get: (_target, key) => Reflect.get(tool(), key) })

export default lazy
