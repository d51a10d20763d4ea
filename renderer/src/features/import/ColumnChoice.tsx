import { useTranslation } from 'react-i18next'
import type { TableSummary } from '../../worker/protocol'
import { ColumnChangeWarning } from './ColumnChangeWarning'
import { useImport } from './importStore'

type Role = 'phone' | 'ddd' | 'name'

const roleIndex = (table: TableSummary, role: Role): number | null =>
  role === 'phone' ? table.phoneColumn : role === 'ddd' ? table.dddColumn : table.nameColumn

/** The automatic phone, DDD and name columns, shown and changeable. */
export function ColumnChoice({ table }: { table: TableSummary }) {
  const { t } = useTranslation()
  const changeColumns = useImport((s) => s.changeColumns)
  const warning = useImport((s) => s.columnWarning)
  const confirm = useImport((s) => s.confirmColumns)
  const cancel = useImport((s) => s.cancelColumns)

  function choose(role: Role, value: string): void {
    const name = value === '' ? '' : (table.columns[Number(value)] ?? '')
    // The rows already read, laid out with this column: Limpar's fixes stay.
    void changeColumns({ [role]: name })
  }

  return (
    <div className="column-choice" data-testid="column-choice">
      {(['phone', 'ddd', 'name'] as const).map((role) => {
        const index = roleIndex(table, role)
        return (
          <label key={role} className="field field--inline">
            <span>{t(`import.columns.${role}`)}</span>
            <select
              aria-label={t(`import.columns.${role}`)}
              value={index === null ? '' : String(index)}
              onChange={(e) => choose(role, e.target.value)}
            >
              {role !== 'phone' && <option value="">{t('import.columns.none')}</option>}
              {/* No phone column found: say so instead of silently showing the first column. */}
              {role === 'phone' && index === null && (
                <option value="" disabled>
                  {t('import.columns.choose')}
                </option>
              )}
              {table.columns.map((column, i) => (
                <option key={i} value={String(i)}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        )
      })}
      {warning && (
        <ColumnChangeWarning
          lost={warning.lost}
          onContinue={() => void confirm()}
          onCancel={cancel}
        />
      )}
    </div>
  )
}
