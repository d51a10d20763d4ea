import { create } from 'zustand'
import type {
  AccountsPatch,
  AccountsView,
  AccountTestResult,
  AccountTestTarget,
  KinboxOperatorOption
} from '../../../../shared/ipc/accounts'
import type { BusinessHoursSet } from '../../../../shared/ipc/schemas'
import type { Provider } from '../../../../shared/providers/provider'
import { api, ApiError } from '../../api/client'

/**
 * Configurações → Contas beyond the tokens: each account's settings as main keeps them, the
 * connection tests and the Kinbox lists the pickers need. Holds no secret: main answers with
 * "set / not set" and the last 4 characters.
 */

type ProviderCard = Provider

export type TestState =
  { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; result: AccountTestResult }

export type KinboxList<T> =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'ready'; items: T[] }
  | { phase: 'failed'; kind: string }

interface AccountSetupState {
  view: AccountsView | null
  error: ApiError | null
  /** Which card the error belongs to (null: loading the page). */
  errorCard: ProviderCard | null
  saving: Record<ProviderCard, boolean>
  /** The card saved last, for its confirmation. */
  saved: ProviderCard | null
  keys: { busy: boolean; confirmation: 'saved' | 'removed' | null; error: ApiError | null }
  tests: Record<AccountTestTarget, TestState>
  operators: KinboxList<KinboxOperatorOption>
  hours: KinboxList<BusinessHoursSet>
  load(): Promise<void>
  save(patch: AccountsPatch): Promise<boolean>
  saveS3Secrets(accessKeyId: string, secretAccessKey: string): Promise<boolean>
  removeS3Secrets(): Promise<void>
  chooseSelfHostFile(): Promise<void>
  test(target: AccountTestTarget): Promise<void>
  loadKinboxLists(): Promise<void>
}

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError('internal_error')

const idleTests: Record<AccountTestTarget, TestState> = {
  integra: { phase: 'idle' },
  kinbox: { phase: 'idle' },
  s3: { phase: 'idle' }
}

export const useAccountSetup = create<AccountSetupState>()((set, get) => {
  async function keysCall(
    call: () => Promise<AccountsView>,
    confirmation: 'saved' | 'removed'
  ): Promise<boolean> {
    set({ keys: { busy: true, confirmation: null, error: null } })
    try {
      const view = await call()
      set({
        view,
        keys: { busy: false, confirmation, error: null },
        tests: { ...get().tests, s3: { phase: 'idle' } }
      })
      return true
    } catch (error) {
      set({ keys: { busy: false, confirmation: null, error: asApiError(error) } })
      return false
    }
  }

  return {
    view: null,
    error: null,
    errorCard: null,
    saving: { integra: false, kinbox: false },
    saved: null,
    keys: { busy: false, confirmation: null, error: null },
    tests: idleTests,
    operators: { phase: 'idle' },
    hours: { phase: 'idle' },

    async load() {
      try {
        set({ view: await api('getAccounts', {}), error: null, errorCard: null })
      } catch (error) {
        set({ error: asApiError(error), errorCard: null })
      }
    },

    async save(patch) {
      const card: ProviderCard = patch.integra ? 'integra' : 'kinbox'
      set((s) => ({
        saving: { ...s.saving, [card]: true },
        saved: null,
        error: null,
        errorCard: null
      }))
      try {
        const view = await api('updateAccounts', patch)
        set((s) => ({ view, saved: card, saving: { ...s.saving, [card]: false } }))
        return true
      } catch (error) {
        set((s) => ({
          error: asApiError(error),
          errorCard: card,
          saving: { ...s.saving, [card]: false }
        }))
        return false
      }
    },

    saveS3Secrets: (accessKeyId, secretAccessKey) =>
      keysCall(() => api('saveS3Secrets', { accessKeyId, secretAccessKey }), 'saved'),
    async removeS3Secrets() {
      await keysCall(() => api('removeS3Secrets', {}), 'removed')
    },

    async chooseSelfHostFile() {
      try {
        set({ view: await api('chooseSelfHostFile', {}) })
      } catch (error) {
        set({ error: asApiError(error), errorCard: 'kinbox' })
      }
    },

    async test(target) {
      if (get().tests[target].phase === 'running') return
      set((s) => ({ tests: { ...s.tests, [target]: { phase: 'running' } } }))
      let result: AccountTestResult
      try {
        result = await api('testAccount', { target })
      } catch {
        result = { ok: false, code: 'unexpected' }
      }
      set((s) => ({ tests: { ...s.tests, [target]: { phase: 'done', result } } }))
    },

    async loadKinboxLists() {
      set({ operators: { phase: 'loading' }, hours: { phase: 'loading' } })
      const [operators, hours] = await Promise.all([
        api('kinboxOperators', {}).catch(() => null),
        api('kinboxBusinessHours', {}).catch(() => null)
      ])
      set({
        operators: !operators
          ? { phase: 'failed', kind: 'server' }
          : operators.ok
            ? { phase: 'ready', items: operators.operators }
            : { phase: 'failed', kind: operators.failure.kind },
        hours: !hours
          ? { phase: 'failed', kind: 'server' }
          : hours.ok
            ? { phase: 'ready', items: hours.sets }
            : { phase: 'failed', kind: hours.failure.kind }
      })
    }
  }
})

/** After a token is saved or removed elsewhere on the page, what is missing changes. */
export function refreshAccountSetup(provider: ProviderCard): void {
  const state = useAccountSetup.getState()
  void state.load()
  resetTest(provider)
}

function resetTest(provider: ProviderCard): void {
  useAccountSetup.setState((s) => ({ tests: { ...s.tests, [provider]: { phase: 'idle' } } }))
}
