import { useTranslation } from 'react-i18next'
import { INTEGRA_MAX_PART } from '../../../../shared/timing'
import { Instant } from './Instant'
import { NumberField } from './NumberField'
import { useSchedule } from './scheduleStore'
import { useFormat } from './useFormat'

/** Integra's settings: simultaneous calls, average call length, and how parts start. */
export function IntegraSettings() {
  const { t } = useTranslation()
  const form = useSchedule((s) => s.form)
  const problems = useSchedule((s) => s.problems)
  const update = useSchedule((s) => s.update)
  return (
    <section className="card schedule__card" aria-labelledby="integra-settings-title">
      <h2 id="integra-settings-title">{t('schedule.integra.title')}</h2>
      <p className="muted">{t('schedule.integra.intro')}</p>
      <div className="schedule__fields">
        <NumberField
          label={t('schedule.integra.maxConcurrent')}
          value={form.maxConcurrentText}
          onChange={(v) => update({ maxConcurrentText: v })}
          problem={problems.maxConcurrent}
          hint={t('schedule.integra.maxConcurrentHint')}
          testId="integra-concurrent"
        />
        <NumberField
          label={t('schedule.integra.averageCall')}
          value={form.averageCallText}
          onChange={(v) => update({ averageCallText: v })}
          problem={problems.averageCall}
          decimal
          testId="integra-average"
        />
      </div>
      <fieldset className="sfield">
        <legend className="sfield__label">{t('schedule.integra.order')}</legend>
        <div className="start-field__row">
          <label className="radio">
            <input
              type="radio"
              name="integra-order"
              checked={form.integraSequential}
              onChange={() => update({ integraSequential: true })}
            />
            {t('schedule.integra.sequential')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="integra-order"
              checked={!form.integraSequential}
              onChange={() => update({ integraSequential: false })}
            />
            {t('schedule.integra.together')}
          </label>
        </div>
      </fieldset>
    </section>
  )
}

/** The parts (≤ 10,000 recipients each) with their start and estimated end. */
export function IntegraParts() {
  const { t } = useTranslation()
  const format = useFormat()
  const parts = useSchedule((s) => s.integraParts)
  const zone = useSchedule((s) => s.form.timeZone)
  if (!parts) {
    return (
      <section className="card schedule__card">
        <p className="notice notice--warn">{t('schedule.errors.invalid_input')}</p>
      </section>
    )
  }
  const last = parts.reduce((end, p) => Math.max(end, p.estimatedEndAt), 0)
  return (
    <section
      className="card schedule__card"
      aria-labelledby="integra-parts-title"
      data-testid="integra-parts"
    >
      <header className="summary__header">
        <h2 id="integra-parts-title">
          {t('schedule.integra.parts', { count: parts.length, n: format.count(parts.length) })}
        </h2>
        <span className="muted">≤ {format.count(INTEGRA_MAX_PART)}</span>
      </header>
      {parts.length === 0 ? (
        <p className="muted">{t('schedule.integra.empty')}</p>
      ) : (
        <>
          <p className="integra__finish" data-testid="integra-finish">
            <span>{t('schedule.integra.finish')}</span>
            <Instant ms={last} zone={zone} />
          </p>
          {/* Scrolls sideways in a narrow column: a Tab stop, so arrows can scroll it. */}
          <div
            className="integra__table-wrap"
            role="group"
            aria-labelledby="integra-parts-title"
            tabIndex={0}
          >
            <table className="integra__table">
              <thead>
                <tr>
                  <th scope="col">{t('schedule.integra.part')}</th>
                  <th scope="col">{t('schedule.integra.recipients')}</th>
                  <th scope="col">{t('schedule.integra.start')}</th>
                  <th scope="col">{t('schedule.integra.end')}</th>
                  <th scope="col">{t('schedule.integra.duration')}</th>
                </tr>
              </thead>
              <tbody>
                {parts.map((p) => (
                  <tr key={p.part}>
                    <td>{p.part}</td>
                    <td>{format.count(p.recipients)}</td>
                    <td>{format.when(p.startAt, zone)}</td>
                    <td>{format.when(p.estimatedEndAt, zone)}</td>
                    <td>{format.duration(p.estimatedSeconds * 1000)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="sfield__hint">{t('schedule.integra.formula')}</p>
        </>
      )}
    </section>
  )
}
