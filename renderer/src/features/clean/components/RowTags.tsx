import { useTranslation } from 'react-i18next'
import type { PhoneNote } from '../../../../../shared/cleaning'
import type { CleanGridRow } from '../../../worker/clean/cleanProtocol'

const NOTE_KEYS = {
  'added 9th digit': 'clean.notes.ninthDigit',
  'extension dropped': 'clean.notes.extension',
  'several numbers; first valid used': 'clean.notes.several'
} as const satisfies Record<PhoneNote, string>

/** Warnings as tags, then the rules' notes and whether the user edited the row. */
export function RowTags({ row }: { row: CleanGridRow }) {
  const { t } = useTranslation()
  return (
    <span className="row-tags">
      {row.warnings.map((warning) =>
        warning === 'field_count' && row.confirmed ? (
          <span key={warning} className="tag tag--ok">
            {t('clean.warnings.fieldCountConfirmed')}
          </span>
        ) : (
          <span key={warning} className="tag tag--warn" data-warning={warning}>
            {t(`clean.warnings.${warning}`)}
          </span>
        )
      )}
      {row.edited && <span className="tag tag--info">{t('clean.editedTag')}</span>}
      {row.notes.map((note) => (
        <span key={note} className="tag tag--note">
          {t(NOTE_KEYS[note])}
        </span>
      ))}
    </span>
  )
}
