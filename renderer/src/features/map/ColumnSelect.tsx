import { useTranslation } from 'react-i18next'
import { useMap } from './mapStore'

interface Props {
  label: string
  value: number | null
  onChange(column: number | null): void
  /** The text of the "no column" choice. */
  noneLabel?: string
  id?: string
  invalid?: boolean
}

/** A select of the table's columns (by header), with an optional "none". */
export function ColumnSelect({ label, value, onChange, noneLabel, id, invalid }: Props) {
  const { t } = useTranslation()
  const columns = useMap((s) => s.columns)
  return (
    <select
      id={id}
      className="map-select"
      aria-label={label}
      aria-invalid={invalid ? true : undefined}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{noneLabel ?? t('map.columns.none')}</option>
      {columns.map((column) => (
        <option key={column.index} value={String(column.index)}>
          {column.header || t('map.columns.untitled')}
        </option>
      ))}
    </select>
  )
}
