import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addFeatureMessages } from '../../i18n'
import { api } from '../../api/client'

addFeatureMessages(
  'diagnostics',
  {
    title: 'Suporte',
    help: 'Copia versões, sistema, configurações (sem tokens nem chaves) e as últimas linhas do registro, para colar numa mensagem ao suporte.',
    copy: 'Copiar diagnóstico',
    copying: 'Copiando…',
    copied: 'Diagnóstico copiado. Cole na sua mensagem ao suporte.',
    failed: 'Não foi possível copiar o diagnóstico.'
  },
  {
    title: 'Support',
    help: 'Copies versions, system, settings (no tokens or keys) and the last lines of the log, to paste into a message to support.',
    copy: 'Copy diagnostics',
    copying: 'Copying…',
    copied: 'Diagnostics copied. Paste them into your message to support.',
    failed: 'The diagnostics could not be copied.'
  }
)

type Status = 'idle' | 'copying' | 'copied' | 'failed'

/** Configurações → Preferências: "Copiar diagnóstico" (main writes its own clipboard). */
export function DiagnosticsButton() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Status>('idle')

  async function copy(): Promise<void> {
    setStatus('copying')
    try {
      const answer = await api('copyDiagnostics', {})
      setStatus(answer.copied ? 'copied' : 'failed')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <section className="field" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      <p className="muted">{t('diagnostics.help')}</p>
      <button
        type="button"
        className="button"
        disabled={status === 'copying'}
        data-testid="copy-diagnostics"
        onClick={() => void copy()}
      >
        {status === 'copying' ? t('diagnostics.copying') : t('diagnostics.copy')}
      </button>
      {(status === 'copied' || status === 'failed') && (
        <p
          className={`notice ${status === 'copied' ? 'notice--ok' : 'notice--error'}`}
          role="status"
        >
          {t(`diagnostics.${status}`)}
        </p>
      )}
    </section>
  )
}
