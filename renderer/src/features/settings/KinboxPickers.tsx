import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'
import { summarizeHours } from '../../../../shared/timing'
import { useAccountSetup, type KinboxList } from './accountSetupStore'

interface KinboxPickersProps {
  tokenSet: boolean
  operatorName: string
  businessHoursId: string
  onChange(patch: { operatorName?: string; businessHoursId?: string }): void
}

interface Option {
  value: string
  label: string
}

/** A value saved earlier stays selectable even when the list no longer has it (or failed). */
function withSaved(options: Option[], value: string, savedLabel: string): Option[] {
  return value === '' || options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: savedLabel }]
}

function listNote<T>(
  list: KinboxList<T>,
  tokenSet: boolean,
  texts: Record<string, string>
): string | null {
  if (!tokenSet) return texts['needToken'] ?? null
  if (list.phase === 'loading') return texts['loading'] ?? null
  if (list.phase === 'failed') return texts['failed'] ?? null
  return null
}

/** Operator from `GET /v3/operators`, business hours from `GET /v3/business-hours`, by their hours. */
export function KinboxPickers({
  tokenSet,
  operatorName,
  businessHoursId,
  onChange
}: KinboxPickersProps) {
  const { t, i18n } = useTranslation()
  const operators = useAccountSetup((s) => s.operators)
  const hours = useAccountSetup((s) => s.hours)
  const reload = useAccountSetup((s) => s.loadKinboxLists)
  const k = (key: SectionKey<'accountSetup', 'kinbox'>, params?: Record<string, string | number>) =>
    t(`accountSetup.kinbox.${key}`, params)
  const lang = i18n.language === 'en' ? 'en' : 'pt-BR'

  const operatorOptions = withSaved(
    operators.phase === 'ready'
      ? operators.items.map((o) => ({
          value: o.name,
          label: o.email && o.email !== o.name ? `${o.name} · ${o.email}` : o.name
        }))
      : [],
    operatorName,
    k('operatorSaved', { name: operatorName })
  )
  const hoursOptions = withSaved(
    hours.phase === 'ready'
      ? hours.items.map((set, index) => ({
          value: set.id,
          label: k('hoursOption', { number: index + 1, summary: summarizeHours(set.hours, lang) })
        }))
      : [],
    businessHoursId,
    k('hoursSaved', { id: businessHoursId })
  )
  const operatorNote = listNote(operators, tokenSet, {
    needToken: k('operatorsNeedToken'),
    loading: k('operatorsLoading'),
    failed: k('operatorsFailed', { kind: operators.phase === 'failed' ? operators.kind : '' })
  })
  const hoursNote = listNote(hours, tokenSet, {
    needToken: k('hoursNeedToken'),
    loading: k('hoursLoading'),
    failed: k('hoursFailed', { kind: hours.phase === 'failed' ? hours.kind : '' })
  })

  return (
    <div className="account-form__grid">
      <div className="afield">
        <label htmlFor="kinbox-operator">{k('operator')}</label>
        <select
          id="kinbox-operator"
          value={operatorName}
          aria-describedby={operatorNote ? 'kinbox-operator-note' : undefined}
          onChange={(e) => onChange({ operatorName: e.target.value })}
        >
          <option value="">{k('operatorNone')}</option>
          {operatorOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {operatorNote && (
          <p id="kinbox-operator-note" className="afield__hint">
            {operatorNote}
          </p>
        )}
      </div>
      <div className="afield afield--wide">
        <label htmlFor="kinbox-hours">{k('hours')}</label>
        <select
          id="kinbox-hours"
          value={businessHoursId}
          aria-describedby="kinbox-hours-note"
          onChange={(e) => onChange({ businessHoursId: e.target.value })}
        >
          <option value="">{k('hoursNone')}</option>
          {hoursOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p id="kinbox-hours-note" className="afield__hint">
          {hoursNote ?? k('hoursHint')}
        </p>
      </div>
      {tokenSet && (
        <div className="afield">
          <button type="button" className="button button--ghost" onClick={() => void reload()}>
            {k('refresh')}
          </button>
        </div>
      )}
    </div>
  )
}
