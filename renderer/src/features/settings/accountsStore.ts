import { create } from 'zustand'
import type { ProviderId, SecretStatus } from '../../../../shared/ipc/schemas'
import { PROVIDERS } from '../../../../shared/providers/provider'
import { api, ApiError } from '../../api/client'

type AccountPhase = 'loading' | 'idle' | 'saving' | 'removing'

export interface AccountState {
  status: SecretStatus | null
  phase: AccountPhase
  error: ApiError | null
  /** Short confirmation after a save or remove ('saved' | 'removed'). */
  confirmation: 'saved' | 'removed' | null
}

interface AccountsState {
  accounts: Record<ProviderId, AccountState>
  load(): Promise<void>
  save(provider: ProviderId, token: string): Promise<boolean>
  remove(provider: ProviderId): Promise<void>
}

const initial: AccountState = { status: null, phase: 'loading', error: null, confirmation: null }

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('internal_error')
}

/** Settings → Contas. Holds only `{ set, last4 }` per provider: never a token. */
export const useAccounts = create<AccountsState>()((set) => {
  const patch = (provider: ProviderId, next: Partial<AccountState>): void =>
    set((s) => ({ accounts: { ...s.accounts, [provider]: { ...s.accounts[provider], ...next } } }))

  async function run(
    provider: ProviderId,
    phase: AccountPhase,
    call: () => Promise<SecretStatus>,
    confirmation: AccountState['confirmation']
  ): Promise<boolean> {
    patch(provider, { phase, error: null, confirmation: null })
    try {
      patch(provider, { status: await call(), phase: 'idle', confirmation })
      return true
    } catch (error) {
      patch(provider, { phase: 'idle', error: asApiError(error) })
      return false
    }
  }

  return {
    accounts: { kinbox: initial, integra: initial },
    async load() {
      await Promise.all(
        PROVIDERS.map((provider) =>
          run(provider, 'loading', () => api('secretStatus', { provider }), null)
        )
      )
    },
    save: (provider, token) =>
      run(provider, 'saving', () => api('saveSecret', { provider, token }), 'saved'),
    async remove(provider) {
      await run(provider, 'removing', () => api('removeSecret', { provider }), 'removed')
    }
  }
})
