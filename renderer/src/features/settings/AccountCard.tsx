import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProviderId } from '../../../../shared/ipc/schemas'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { refreshAccountSetup } from './accountSetupStore'
import { useAccounts } from './accountsStore'
import { TokenForm } from './TokenForm'

interface AccountCardProps {
  provider: ProviderId
  /** Beside the header's token status: what a launch still needs. */
  readiness?: ReactNode
  /** The account's settings, under the token. */
  children?: ReactNode
}

export function AccountCard({ provider, readiness, children }: AccountCardProps) {
  const { t } = useTranslation()
  const account = useAccounts((s) => s.accounts[provider])
  const save = useAccounts((s) => s.save)
  const remove = useAccounts((s) => s.remove)
  const [replacing, setReplacing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const name = t(`settings.accounts.${provider}.name`)
  const configured = account.status?.set === true

  async function saveToken(token: string): Promise<boolean> {
    const ok = await save(provider, token)
    if (ok) {
      setReplacing(false)
      refreshAccountSetup(provider)
    }
    return ok
  }

  async function removeToken(): Promise<void> {
    setConfirming(false)
    await remove(provider)
    refreshAccountSetup(provider)
  }

  return (
    <section
      className="card account"
      data-testid={`account-${provider}`}
      aria-labelledby={`account-${provider}-title`}
    >
      <header className="account__header">
        <div>
          <h2 id={`account-${provider}-title`}>{name}</h2>
          <p className="muted">{t(`settings.accounts.${provider}.description`)}</p>
        </div>
        <div className="account__badges">
          {readiness}
          {account.phase !== 'loading' && (
            <span
              className={`badge ${configured ? 'badge--ok' : 'badge--off'}`}
              data-testid={`account-${provider}-status`}
            >
              {configured
                ? t('settings.accounts.configured', { last4: account.status?.last4 ?? '' })
                : t('settings.accounts.notConfigured')}
            </span>
          )}
        </div>
      </header>
      {account.error && <ErrorNotice error={account.error} />}
      {account.confirmation && !account.error && (
        <p className="notice notice--ok" role="status">
          {t(`settings.accounts.${account.confirmation}`, { provider: name })}
        </p>
      )}
      {account.phase !== 'loading' && (!configured || replacing) && (
        <TokenForm
          provider={provider}
          providerName={name}
          saving={account.phase === 'saving'}
          onSave={saveToken}
          {...(replacing ? { onCancel: () => setReplacing(false) } : {})}
        />
      )}
      {configured && !replacing && !confirming && (
        <div className="account__actions">
          <button type="button" className="button" onClick={() => setReplacing(true)}>
            {t('settings.accounts.replace')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={account.phase === 'removing'}
            onClick={() => setConfirming(true)}
          >
            {t('settings.accounts.remove')}
          </button>
        </div>
      )}
      {confirming && (
        <div
          className="account__confirm"
          role="alertdialog"
          aria-label={t('settings.accounts.remove')}
        >
          <p>{t('settings.accounts.confirmRemove', { provider: name })}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void removeToken()}
          >
            {t('settings.accounts.remove')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('settings.accounts.cancel')}
          </button>
        </div>
      )}
      {children}
    </section>
  )
}
