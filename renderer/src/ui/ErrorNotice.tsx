import { useTranslation } from 'react-i18next'
import type { ApiError } from '../api/client'

/** An IPC failure in plain words, with the code for support. */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation()
  return (
    <p className="notice notice--error" role="alert">
      {t(`errors.ipc.${error.code}`, { detail: error.detail ?? '' })}
      <span className="notice__code">{error.code}</span>
    </p>
  )
}
