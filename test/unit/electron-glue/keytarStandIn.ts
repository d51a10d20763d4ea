import { register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { builtMainPath } from './builtBundles'

/**
 * The main bundle loads keytar lazily with `import('keytar')`, which a require hook cannot
 * see. A loader hook sends that one import (from the built main bundle only) to a module
 * that forwards to whichever recording keychain the current test installed, so no test
 * here ever touches the real Secret Service.
 */

const slot = Symbol.for('leadprep.electron-glue.keytar')

export interface FakeKeytar {
  calls: string[]
  entries: Map<string, string>
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export function createFakeKeytar(): FakeKeytar {
  const calls: string[] = []
  const entries = new Map<string, string>()
  return {
    calls,
    entries,
    getPassword: (service, account) => {
      calls.push(`getPassword ${service}/${account}`)
      return Promise.resolve(entries.get(`${service}/${account}`) ?? null)
    },
    setPassword: (service, account, password) => {
      calls.push(`setPassword ${service}/${account}`)
      entries.set(`${service}/${account}`, password)
      return Promise.resolve()
    },
    deletePassword: (service, account) => {
      calls.push(`deletePassword ${service}/${account}`)
      return Promise.resolve(entries.delete(`${service}/${account}`))
    }
  }
}

const standInModule = `
const current = () => {
  const keytar = globalThis[Symbol.for('leadprep.electron-glue.keytar')]
  if (!keytar) throw new Error('no keytar stand-in installed')
  return keytar
}
const method = (name) => (...args) => current()[name](...args)
export const getPassword = method('getPassword')
export const setPassword = method('setPassword')
export const deletePassword = method('deletePassword')
export default { getPassword, setPassword, deletePassword }
`

const hooks = `
const bundle = ${JSON.stringify(pathToFileURL(builtMainPath).toString())}
const standIn = ${JSON.stringify(`data:text/javascript,${encodeURIComponent(standInModule)}`)}
export async function resolve(specifier, context, next) {
  if (specifier === 'keytar' && context.parentURL === bundle) return { url: standIn, shortCircuit: true }
  return next(specifier, context)
}
`

let hooked = false

/** Installs `keytar` for the bundle's lazy import (the hook is installed once per process). */
export function installKeytarStandIn(keytar: FakeKeytar): void {
  if (!hooked) register(`data:text/javascript,${encodeURIComponent(hooks)}`)
  hooked = true
  ;(globalThis as Record<symbol, unknown>)[slot] = keytar
}
