/**
 * `@e965/xlsx` for the CLI bundle, loaded on first use (vite.config.ts aliases the package
 * here). SheetJS is ~1 MB of code that `inspect` needs only for .xls and .ods; compiling it at
 * every start would cost a CSV or .xlsx run ~100 ms. Node's own require loads the package from
 * node_modules the first time one of these functions is called.
 */
import { createRequire } from 'node:module'
import type * as SheetJs from '@e965/xlsx'

let loaded: typeof SheetJs | undefined

function sheetJs(): typeof SheetJs {
  // The specifier is built at run time so no bundler follows it.
  loaded ??= createRequire(__filename)(['@e965', 'xlsx'].join('/')) as typeof SheetJs
  return loaded
}

export const read: typeof SheetJs.read = (data, options) => sheetJs().read(data, options)
export const write: typeof SheetJs.write = (data, options) => sheetJs().write(data, options)
export const utils: typeof SheetJs.utils = new Proxy({} as typeof SheetJs.utils, {
  get: (_target, key) => Reflect.get(sheetJs().utils, key)
})
