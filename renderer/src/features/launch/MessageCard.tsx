import { useTranslation } from 'react-i18next'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { ChatBubble } from '../map/ChatBubble'
import { useNavigation } from '../shell/navigationStore'
import { useReview } from './reviewStore'
import { RowStepper } from '../../ui/RowStepper'

interface MessageCardProps {
  provider: LaunchProvider
  /** Integra: Mapear's voicemail is on (else the call hangs up at voicemail). */
  voicemail: boolean
}

/** The text one row gets, rendered by the worker exactly as Mapear's preview renders it. */
export function MessageCard({ provider, voicemail }: MessageCardProps) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const preview = useReview((s) => s.preview)
  const showRow = useReview((s) => s.showRow)
  const shown = preview?.shown ?? null
  const hasText = provider === 'kinbox' || voicemail
  return (
    <section
      className="card launch-card"
      aria-labelledby="launch-message-title"
      data-testid="launch-message"
    >
      <div className="launch-card__top">
        <h2 id="launch-message-title" className="launch-card__title">
          {t(`launch.message.${provider}`)}
        </h2>
        <button type="button" className="button launch-small" onClick={() => open('map')}>
          {t('launch.message.edit')}
        </button>
      </div>
      {shown && preview && (
        <RowStepper
          className="launch-rownav"
          buttonClassName="launch-icon"
          testId="launch-preview-position"
          position={shown.position}
          total={preview.launchable}
          onShow={(position) => showRow({ position })}
          label={t('launch.message.position', {
            row: shown.row,
            position: shown.position + 1,
            total: preview.launchable
          })}
          previous={t('launch.message.previous')}
          next={t('launch.message.next')}
        />
      )}
      {!preview ? (
        <p className="muted">{t('launch.message.loading')}</p>
      ) : !shown ? (
        <p className="muted">{t('launch.message.noRows')}</p>
      ) : (
        <>
          <p className="launch-to">
            {t('launch.message.to', {
              name: shown.name || t('launch.message.noName'),
              phone: shown.phone
            })}
          </p>
          {hasText ? (
            <div className="map-chat">
              {shown.text.trim() === '' ? (
                <p className="muted">{t('launch.message.emptyText')}</p>
              ) : (
                <ChatBubble text={shown.text} testId="launch-bubble" />
              )}
            </div>
          ) : (
            <p className="muted" data-testid="launch-no-voicemail">
              {t('launch.message.noVoicemail')}
            </p>
          )}
          {shown.values.length > 0 && (
            <table className="launch-values">
              <caption>
                {provider === 'integra'
                  ? t('launch.message.agentGets')
                  : t('launch.message.fileGets')}
              </caption>
              <tbody>
                {shown.values.map((value) => (
                  <tr key={value.key}>
                    <th scope="row">{value.key}</th>
                    <td>{value.value === '' ? t('launch.message.empty') : value.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
