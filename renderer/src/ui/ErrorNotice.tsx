import { useTranslation } from 'react-i18next'
import type { ApiError } from '../api/client'

/**
 * An IPC failure in plain words. The code is for support, not for the user: it stays in the
 * element's data-code (and main's log, which "Copiar diagnóstico" copies).
 */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation()
  return (
    <p className="notice notice--error" role="alert" data-code={error.code}>
      {t(`errors.ipc.${error.code}`, { detail: error.detail ?? '' })}
    </p>
  )
}
