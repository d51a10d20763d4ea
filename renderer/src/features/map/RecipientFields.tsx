import { useTranslation } from 'react-i18next'
import { ColumnChangeWarning } from '../import/ColumnChangeWarning'
import { ColumnSelect } from './ColumnSelect'
import { useCampaign } from '../campaign/campaignStore'
import { useMap } from './mapStore'

/** Phone (required), its DDD column when the number is split, and the recipient's name. */
export function RecipientFields() {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const phone = useMap((s) => s.phone)
  const ddd = useMap((s) => s.ddd)
  const name = useMap((s) => s.name)
  const columns = useMap((s) => s.columns)
  const setPhone = useMap((s) => s.setPhone)
  const setDdd = useMap((s) => s.setDdd)
  const setName = useMap((s) => s.setName)
  const columnWarning = useMap((s) => s.columnWarning)
  const confirmColumns = useMap((s) => s.confirmColumns)
  const cancelColumns = useMap((s) => s.cancelColumns)
  // The DDD column, when there is one, sits right beside the phone.
  const neighbours = phone === null ? [] : [phone - 1, phone + 1].filter((i) => columns[i])
  const dddProposal = neighbours.find(
    (i) => ddd === null && columns[i]?.samples.every((s) => /^\(?\d{2}\)?$/.test(s.trim()))
  )

  return (
    <section className="card map-recipient" aria-labelledby="map-recipient-title">
      <h2 id="map-recipient-title">{t('map.recipient.title')}</h2>
      <div className="map-recipient__grid">
        <label className="map-field">
          <span>
            {t('map.recipient.phone')} <span className="map-required">*</span>
          </span>
          <ColumnSelect
            label={t('map.recipient.phone')}
            value={phone}
            onChange={setPhone}
            noneLabel={t('map.recipient.choose')}
            invalid={phone === null}
          />
        </label>
        <label className="map-field">
          <span>{t('map.recipient.ddd')}</span>
          <ColumnSelect
            label={t('map.recipient.ddd')}
            value={ddd}
            onChange={setDdd}
            noneLabel={t('map.recipient.noDdd')}
          />
          {dddProposal !== undefined && (
            <button
              type="button"
              className="button button--ghost map-small"
              onClick={() => setDdd(dddProposal)}
            >
              {t('map.recipient.useDdd', { column: columns[dddProposal]?.header ?? '' })}
            </button>
          )}
        </label>
        <label className="map-field">
          <span>
            {provider === 'integra' ? t('map.recipient.nameIntegra') : t('map.recipient.name')}
          </span>
          <ColumnSelect
            label={t('map.recipient.name')}
            value={name}
            onChange={setName}
            noneLabel={t('map.recipient.noName')}
          />
        </label>
      </div>
      {columnWarning && (
        <ColumnChangeWarning
          lost={columnWarning.lost}
          onContinue={confirmColumns}
          onCancel={cancelColumns}
        />
      )}
      <p className="muted map-hint">{t('map.recipient.hint')}</p>
    </section>
  )
}
