import { useId } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { WHATSAPP_TIERS, type PlanWarning, type WhatsAppTier } from '../../../../shared/timing'
import { useSchedule } from './scheduleStore'
import { useFormat, type Format } from './useFormat'

/** The WhatsApp tier the user is on, and what the plan should be warned about. */
export function WarningsPanel() {
  const { t } = useTranslation()
  const id = useId()
  const format = useFormat()
  const tier = useSchedule((s) => s.form.tier)
  const update = useSchedule((s) => s.update)
  const plan = useSchedule((s) => s.plan)
  const shown = plan.status === 'ready' ? plan : plan.status === 'computing' ? plan.previous : null
  const zone = useSchedule((s) => s.form.timeZone)
  return (
    <section
      className="card schedule__card"
      aria-labelledby={`${id}-title`}
      data-testid="plan-warnings"
    >
      <h2 id={`${id}-title`}>{t('schedule.warnings.title')}</h2>
      <div className="sfield">
        <label htmlFor={id}>{t('schedule.warnings.tier')}</label>
        <select
          id={id}
          value={String(tier)}
          onChange={(e) => update({ tier: parseTier(e.target.value) })}
        >
          {WHATSAPP_TIERS.map((value) => (
            <option key={value} value={String(value)}>
              {value === 'unlimited'
                ? t('schedule.warnings.unlimited')
                : t('schedule.warnings.tierValue', { n: format.count(value) })}
            </option>
          ))}
        </select>
        <span className="sfield__hint">{t('schedule.warnings.tierHint')}</span>
      </div>
      {shown &&
        (shown.warnings.length === 0 ? (
          <p className="notice notice--ok">{t('schedule.warnings.none')}</p>
        ) : (
          <ul className="warnings" aria-live="polite">
            {shown.warnings.map((w, i) => (
              <li
                key={`${w.code}-${i}`}
                className="notice notice--warn"
                data-testid={`warning-${w.code}`}
              >
                {warningText(w, zone, format, t)}
              </li>
            ))}
          </ul>
        ))}
    </section>
  )
}

function parseTier(value: string): WhatsAppTier {
  return WHATSAPP_TIERS.find((tier) => String(tier) === value) ?? 'unlimited'
}

type Translate = TFunction

function warningText(w: PlanWarning, zone: string, format: Format, t: Translate): string {
  const at = (ms: number): string => format.when(ms, zone)
  switch (w.code) {
    case 'start_in_past':
      return t('schedule.warnings.start_in_past', { start: at(w.start) })
    case 'finish_far':
      return t('schedule.warnings.finish_far', {
        finish: at(w.finishedAt),
        days: Math.floor(w.days)
      })
    case 'crosses_holiday': {
      const date = format.lang === 'pt-BR' ? w.date.split('-').reverse().join('/') : w.date
      return t('schedule.warnings.crosses_holiday', {
        name: w.name,
        date,
        count: w.messages,
        n: format.count(w.messages)
      })
    }
    case 'tier_exceeded':
      return t('schedule.warnings.tier_exceeded', {
        max: format.count(w.maxPer24h),
        from: at(w.from),
        tier: format.count(w.tier)
      })
    case 'chunk_larger_than_list':
      return t('schedule.warnings.chunk_larger_than_list', {
        chunkSize: format.count(w.chunkSize),
        n: format.count(w.n)
      })
  }
}
