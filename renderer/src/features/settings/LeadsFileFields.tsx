import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'
import {
  S3_MAX_EXPIRY_DAYS,
  type AccountsView,
  type LeadsFileHostKind
} from '../../../../shared/ipc/accounts'
import { useAccountSetup } from './accountSetupStore'
import { ConnectionTest } from './ConnectionTest'
import { Checkbox, TextField, type Problems } from './fields'
import { S3KeysForm } from './S3KeysForm'

/** The bucket's fields as typed (the expiry is text until it is checked). */
export interface S3Draft {
  endpoint: string
  region: string
  bucket: string
  prefix: string
  forcePathStyle: boolean
  expiresInDays: string
}

export interface LeadsFileDraft {
  host: LeadsFileHostKind
  s3: S3Draft
  selfUrl: string
}

interface LeadsFileFieldsProps {
  view: AccountsView['kinbox']
  draft: LeadsFileDraft
  problems: Problems
  onChange(patch: Partial<LeadsFileDraft>): void
  /** Saves the card (the bucket test uses the saved settings). */
  saveCard(): Promise<boolean>
}

/** Where the Kinbox leads file goes: an S3-compatible bucket, or "hospedo eu mesmo". */
export function LeadsFileFields({
  view,
  draft,
  problems,
  onChange,
  saveCard
}: LeadsFileFieldsProps) {
  const { t } = useTranslation()
  const chooseFile = useAccountSetup((s) => s.chooseSelfHostFile)
  const k = (key: SectionKey<'accountSetup', 'leadsFile'>) => t(`accountSetup.leadsFile.${key}`)
  const s3 = draft.s3
  const editS3 = (patch: Partial<S3Draft>) => onChange({ s3: { ...s3, ...patch } })
  const s3Field = (field: 'endpoint' | 'region' | 'bucket' | 'prefix', wide = false) => (
    <TextField
      label={k(field)}
      hint={field === 'bucket' ? undefined : k(`${field}Hint`)}
      value={s3[field]}
      problem={problems[`leadsFile.s3.${field}`]}
      onChange={(value) => editS3({ [field]: value })}
      wide={wide}
    />
  )

  return (
    <fieldset className="account-form__group" data-testid="leads-file">
      <legend>{k('title')}</legend>
      <p className="afield__hint">{k('intro')}</p>
      <fieldset className="account-form__choice">
        <legend>{k('host')}</legend>
        {(['s3', 'self'] as const).map((host) => (
          <label key={host} className="acheck">
            <input
              type="radio"
              name="kinbox-leads-file-host"
              checked={draft.host === host}
              onChange={() => onChange({ host })}
            />
            <span>{k(host)}</span>
          </label>
        ))}
      </fieldset>

      {draft.host === 's3' ? (
        <>
          <div className="account-form__grid">
            {s3Field('endpoint', true)}
            {s3Field('region')}
            {s3Field('bucket')}
            {s3Field('prefix')}
            <TextField
              label={k('expiresInDays')}
              value={s3.expiresInDays}
              numeric
              problem={
                problems['leadsFile.s3.expiresInDays'] && {
                  ...problems['leadsFile.s3.expiresInDays'],
                  params: { min: 1, max: S3_MAX_EXPIRY_DAYS }
                }
              }
              onChange={(value) => editS3({ expiresInDays: value })}
            />
          </div>
          <p className="notice notice--warn account-form__note">{k('expiresInDaysHint')}</p>
          <Checkbox
            label={k('forcePathStyle')}
            checked={s3.forcePathStyle}
            onChange={(checked) => editS3({ forcePathStyle: checked })}
          />
          <S3KeysForm status={view.s3Secrets} />
          <ConnectionTest target="s3" label={k('testBucket')} before={saveCard} />
        </>
      ) : (
        <>
          <TextField
            label={k('selfUrl')}
            hint={k('selfUrlHint')}
            value={draft.selfUrl}
            placeholder="https://"
            problem={problems['leadsFile.self.url']}
            onChange={(selfUrl) => onChange({ selfUrl })}
            wide
          />
          <div className="afield afield--wide">
            <span className="afield__label" id="self-save-to-label">
              {k('saveTo')}
            </span>
            <div className="account-form__row">
              <span
                className="save-to"
                aria-labelledby="self-save-to-label"
                data-testid="self-save-to"
              >
                {view.selfSaveToName ?? k('saveToNone')}
              </span>
              <button type="button" className="button" onClick={() => void chooseFile()}>
                {k('chooseSaveTo')}
              </button>
            </div>
            <p className="afield__hint">{k('saveToHint')}</p>
          </div>
        </>
      )}
    </fieldset>
  )
}
